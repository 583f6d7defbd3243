import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { TEMPLATE_DATABASE } from "./global-database";

/** Each test file gets its own database, cloned from the migrated template: fresh state, real Postgres. */
const base = new URL(inject("postgresBaseUrl"));
const name = `test_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: base.toString() });
await admin.connect();
await admin.query(`create database "${name}" template "${TEMPLATE_DATABASE}"`);
await admin.end();

const url = new URL(base);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.APP_URL = "http://localhost:3000";
Object.assign(process.env, inject("testSecrets"));

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/core/db");
  await disconnectDb();
});
