import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectionFields } from "../../lib/core/database-url";

const run = promisify(execFile);
const prismaBin = path.resolve("node_modules/.bin/prisma");
// Without this the CLI waits ~10 s for its update check, which cannot reach the internet here.
const QUIET_PRISMA = { CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

/** Migration folders not yet applied to the database at `url` (all of them on an empty database). */
async function pendingMigrations(url: string): Promise<string[]> {
  const committed = readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client(connectionFields(url));
  await client.connect();
  try {
    const table = await client.query("select to_regclass('public._prisma_migrations') as name");
    if (!table.rows[0]?.name) return committed;
    const applied = await client.query(
      "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null",
    );
    const done = new Set(applied.rows.map((row) => row.migration_name as string));
    return committed.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

/**
 * Applies the committed migrations (`prisma migrate deploy`) to the database at `url`. The CLI
 * costs ~10 s even with nothing to do, so it only runs when a migration is pending.
 */
export async function migrate(url: string): Promise<void> {
  if ((await pendingMigrations(url)).length === 0) return;
  await run(prismaBin, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, ...QUIET_PRISMA },
  });
}

/** SQL that builds the current schema.prisma from nothing (used to make and check migrations). */
export async function schemaSql(from?: string): Promise<string> {
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  const { stdout } = await run(
    prismaBin,
    ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, ...QUIET_PRISMA }, maxBuffer: 32 * 1024 * 1024 },
  );
  return stdout;
}
