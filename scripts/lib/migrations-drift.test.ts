import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaSql } from "./migrate";

/**
 * The committed migrations must build exactly the schema that prisma/schema.prisma describes.
 * This file's database was built by `prisma migrate deploy` (it is cloned from the migrated
 * template); a second database is built from `prisma migrate diff --from-empty` SQL followed by
 * prisma/schema-extras.sql (what Prisma cannot express, such as partial indexes); their catalogues
 * must be equal. When this fails, run `npm run migration:create -- <name>`, and copy any statement
 * added to schema-extras.sql into a migration.
 */
const MIGRATIONS_TABLE = "_prisma_migrations";
const EXTRAS = "prisma/schema-extras.sql";

const queries = {
  tables: `select table_name, table_type from information_schema.tables
    where table_schema = 'public' and table_name <> $1`,
  columns: `select table_name, column_name, data_type, udt_name, is_nullable, column_default,
      character_maximum_length, numeric_precision, numeric_scale, datetime_precision
    from information_schema.columns where table_schema = 'public' and table_name <> $1`,
  indexes: `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' and tablename <> $1`,
  constraints: `select cl.relname as table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace left join pg_class cl on cl.oid = c.conrelid
    where n.nspname = 'public' and coalesce(cl.relname, '') <> $1`,
  enums: `select t.typname, array_agg(e.enumlabel order by e.enumsortorder)::text as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = 'public' group by t.typname`,
  extensions: `select extname, extversion from pg_extension`,
  sequences: `select sequence_name, data_type from information_schema.sequences
    where sequence_schema = 'public' and sequence_name not like $1 || '%'`,
  triggers: `select cl.relname as table_name, t.tgname, pg_get_triggerdef(t.oid) as definition
    from pg_trigger t join pg_class cl on cl.oid = t.tgrelid join pg_namespace n on n.oid = cl.relnamespace
    where not t.tgisinternal and n.nspname = 'public' and cl.relname <> $1`,
} as const;

type Catalogue = Record<keyof typeof queries, string[]>;

async function catalogue(url: string): Promise<Catalogue> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = {} as Catalogue;
    for (const [name, sql] of Object.entries(queries) as [keyof Catalogue, string][]) {
      const { rows } = await client.query(sql, sql.includes("$1") ? [MIGRATIONS_TABLE] : []);
      // One stable line per object, so a failing toEqual lists exactly what differs.
      result[name] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

const migratedUrl = process.env.DATABASE_URL!;
const server = new URL(migratedUrl);
server.pathname = "/postgres";
const fromSchemaName = `drift_${randomBytes(6).toString("hex")}`;
const fromSchemaUrl = new URL(migratedUrl);
fromSchemaUrl.pathname = `/${fromSchemaName}`;

async function onServer(sql: string) {
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

let migrated: Catalogue;
let fromSchema: Catalogue;

beforeAll(async () => {
  await onServer(`create database "${fromSchemaName}"`);
  // With the driver adapter the Prisma CLI connects to DATABASE_URL even to diff: it points at this file's live database.
  const sql = await schemaSql();
  const client = new pg.Client({ connectionString: fromSchemaUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
    await client.query(readFileSync(EXTRAS, "utf8"));
  } finally {
    await client.end();
  }
  [migrated, fromSchema] = await Promise.all([catalogue(migratedUrl), catalogue(fromSchemaUrl.toString())]);
}, 120_000);

afterAll(async () => {
  await onServer(`drop database if exists "${fromSchemaName}" with (force)`);
});

describe("the committed migrations match prisma/schema.prisma", () => {
  it("applied every committed migration, none failed or rolled back", async () => {
    const committed = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const client = new pg.Client({ connectionString: migratedUrl });
    await client.connect();
    const { rows } = await client.query(
      `select migration_name from "${MIGRATIONS_TABLE}" where finished_at is not null and rolled_back_at is null order by 1`,
    );
    await client.end();
    expect(committed.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
  });

  it("compares real catalogues (not two empty ones)", () => {
    expect(migrated.tables).toContain(JSON.stringify({ table_name: "User", table_type: "BASE TABLE" }));
    expect(fromSchema.columns.length).toBeGreaterThan(100);
    expect(fromSchema.enums.length).toBeGreaterThan(5);
  });

  it("has every hand-written index of schema-extras.sql, built by a migration", () => {
    const names = [...readFileSync(EXTRAS, "utf8").matchAll(/^CREATE (?:UNIQUE )?INDEX "(\w+)"/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(migrated.indexes.some((row) => JSON.parse(row).indexname === name)).toBe(true);
  });

  it.each(Object.keys(queries) as (keyof Catalogue)[])("has the same %s", (aspect) => {
    expect(migrated[aspect]).toEqual(fromSchema[aspect]);
  });
});
