import type { PoolConfig } from "pg";

/**
 * Splits a Postgres URL into pg's separate fields. The Prisma pg adapter must get fields,
 * not a connectionString, or Prisma's shadow database ends up pointing at the main one.
 */
export function connectionFields(url: string): PoolConfig {
  const parsed = new URL(url);
  const ssl = parsed.searchParams.get("sslmode");
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    ...(ssl && ssl !== "disable" ? { ssl: { rejectUnauthorized: ssl === "verify-full" } } : {}),
  };
}
