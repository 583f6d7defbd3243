import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseBusy } from "./database-busy";
import { poolConfig } from "./db";
import { problemResponse } from "./problem";

const clients: PrismaClient[] = [];
/** A client as lib/core/db.ts builds it, with the given settings in the environment. */
async function clientWith(settings: Record<string, string>, transactionOptions?: { maxWait: number }) {
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  vi.resetModules();
  const { poolConfig: fresh } = await import("./db");
  const client = new PrismaClient({ adapter: new PrismaPg(fresh()), transactionOptions });
  clients.push(client);
  return client;
}

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

describe("a saturated database", () => {
  it("takes the pool's size, wait and statement timeout from the configuration, with defaults", async () => {
    expect(poolConfig()).toMatchObject({ max: 10, connectionTimeoutMillis: 10_000 });
    expect(poolConfig().options).toContain("statement_timeout=30000");
    expect(poolConfig().options).toContain("TimeZone=UTC");
  });

  it("answers 503 with Retry-After, not 500, when no connection frees up in time", async () => {
    const client = await clientWith({ DATABASE_POOL_MAX: "1", DATABASE_POOL_TIMEOUT_MS: "1500" });
    await client.$queryRaw`select 1`; // the one connection, opened before it is held
    let release = () => {};
    const holding = client.$transaction(async (tx) => {
      await tx.$queryRaw`select 1`;
      await new Promise<void>((resolve) => (release = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const error = await client.$queryRaw`select 1`.catch((e: unknown) => e);
    release();
    await holding;
    expect(isDatabaseBusy(error)).toBe(true);
    const response = problemResponse(error, "req-1");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("answers 503 when a statement runs past the statement timeout", async () => {
    const client = await clientWith({ DATABASE_STATEMENT_TIMEOUT_MS: "100" });
    const error = await client.$queryRaw`select pg_sleep(1)`.catch((e: unknown) => e);
    expect(isDatabaseBusy(error)).toBe(true);
    expect(problemResponse(error, "req-2").status).toBe(503);
  });

  it("still answers 500 for a fault that is not about capacity", async () => {
    const client = await clientWith({});
    const error = await client.$queryRaw`select * from "NoSuchTable"`.catch((e: unknown) => e);
    expect(isDatabaseBusy(error)).toBe(false);
    expect(problemResponse(error, "req-3").status).toBe(500);
    expect(isDatabaseBusy(new Error("boom"))).toBe(false);
  });
});
