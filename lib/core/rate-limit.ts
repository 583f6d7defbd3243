import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { connectionFields } from "./database-url";
import { env } from "./env";
import { AppError } from "./errors";

const holder = globalThis as { rateLimitPool?: Pool; limiters?: Map<string, RateLimiterPostgres> };

/**
 * A limiter whose counters live in Postgres (table rate_limits, created by the migrations), so
 * every instance of the app shares them.
 */
export function limiter(name: string, points: number, durationSeconds: number): RateLimiterPostgres {
  holder.rateLimitPool ??= new Pool({ ...connectionFields(env().DATABASE_URL), max: 3 });
  holder.limiters ??= new Map();
  const key = `${name}:${points}:${durationSeconds}`;
  let found = holder.limiters.get(key);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: holder.rateLimitPool,
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: durationSeconds,
      clearExpiredByTimeout: false,
    });
    holder.limiters.set(key, found);
  }
  return found;
}

export const retryAfterSeconds = (res: RateLimiterRes | null) =>
  Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000));

export function tooManyAttempts(seconds: number): AppError {
  return new AppError(
    "RATE_LIMITED",
    { key: "rateLimited", values: { minutes: Math.ceil(seconds / 60) } },
    { retryAfterSeconds: seconds },
  );
}

/** Counts one write by `key`; throws RATE_LIMITED once the budget of the window is spent. */
export async function consume(name: string, key: string, points: number, durationSeconds: number): Promise<void> {
  try {
    await limiter(name, points, durationSeconds).consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooManyAttempts(retryAfterSeconds(rejection));
    throw rejection;
  }
}
