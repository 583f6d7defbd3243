import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/core/db";
import { logger } from "@/lib/core/logger";

export type Readiness = { ready: boolean; checks: { database: "ok" | "unreachable"; migrations: "ok" | "pending" } };

/** The migrations this build ships with, when its prisma/ folder is beside it (not in every serverless bundle). */
function shippedMigrations(): string[] | null {
  try {
    return readdirSync(path.join(process.cwd(), "prisma/migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return null;
  }
}

/**
 * For load balancers: the database answers, and every migration is applied (none failed or half
 * done, and none this build ships is missing). Says which check failed, never why: the details go
 * to the log.
 */
export async function checkReadiness(): Promise<Readiness> {
  try {
    const applied = await db.$queryRaw<{ name: string; finished: boolean }[]>`
      select migration_name as name, finished_at is not null as finished
      from "_prisma_migrations" where rolled_back_at is null`;
    const done = new Set(applied.filter((row) => row.finished).map((row) => row.name));
    const shipped = shippedMigrations();
    const pending =
      applied.length === 0 ||
      applied.some((row) => !row.finished) ||
      (shipped !== null && shipped.some((name) => !done.has(name)));
    return { ready: !pending, checks: { database: "ok", migrations: pending ? "pending" : "ok" } };
  } catch (error) {
    logger.warn({ err: error }, "readiness: the database did not answer");
    return { ready: false, checks: { database: "unreachable", migrations: "pending" } };
  }
}
