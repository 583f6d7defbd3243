import type { PoolConfig } from "pg";

/**
 * Splits a Postgres URL into pg's separate fields. The Prisma pg adapter must get fields,
 * not a connectionString, or Prisma's shadow database ends up pointing at the main one.
 * Sessions run in UTC: the adapter sends instants as UTC wall-clock text and reads timestamptz
 * values without their offset, so any other session time zone would shift every instant.
 */
export function connectionFields(url: string): PoolConfig {
  const parsed = new URL(url);
  const ssl = parsed.searchParams.get("sslmode");
  const options = [parsed.searchParams.get("options"), "-c TimeZone=UTC"].filter(Boolean).join(" ");
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    options,
    ...(ssl && ssl !== "disable" ? { ssl: { rejectUnauthorized: ssl === "verify-full" } } : {}),
  };
}
