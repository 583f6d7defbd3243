/**
 * Creates the next migration by diffing schema.prisma against the schema as of the last migration
 * (kept in prisma/migrations/schema-snapshot.prisma). `prisma migrate dev` needs a shadow database
 * that the offline toolchain cannot provide; see docs/decisions/0002-offline-migrations.md.
 *   npm run migration:create -- add_offer_search
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { schemaSql } from "./lib/migrate";
import { withTemporaryPostgres } from "./lib/temporary-postgres";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run migration:create -- <name_in_snake_case>");
  process.exit(1);
}
const snapshot = "prisma/migrations/schema-snapshot.prisma";
// The JS schema engine connects even to diff two files, so give it a server.
const sql = await withTemporaryPostgres(async (db) => {
  process.env.DATABASE_URL = db.url("postgres");
  return schemaSql(existsSync(snapshot) ? snapshot : undefined);
});
if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
  console.log("schema.prisma has not changed since the last migration: nothing to create.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync("prisma/schema.prisma", snapshot);
if (!existsSync("prisma/migrations/migration_lock.toml")) {
  writeFileSync("prisma/migrations/migration_lock.toml", 'provider = "postgresql"\n');
}
console.log(`Created ${dir}/migration.sql`);
