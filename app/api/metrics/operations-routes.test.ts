import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { db } from "@/lib/core/db";

const TOKEN = "scrape-token-0123456789";

/** The metrics route as loaded with METRICS_TOKEN set (or not): the configuration is read once per module load. */
async function metricsRoute(token: string | undefined) {
  vi.resetModules();
  if (token === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = token;
  return (await import("./route")).GET;
}
const scrape = (route: (request: Request) => Promise<Response>, headers: Record<string, string> = {}) =>
  route(new Request("http://localhost:3000/api/metrics", { headers }));

afterEach(() => {
  delete process.env.METRICS_TOKEN;
});

describe("GET /api/health", () => {
  it("answers 200 with nothing but a status", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/ready", () => {
  it("answers 200 when the database answers and every migration is applied", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", checks: { database: "ok", migrations: "ok" } });
  });

  it("answers 503 while a migration is unfinished, naming the check and nothing else", async () => {
    const id = randomUUID();
    await db.$executeRaw`insert into "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
      values (${id}, 'x', '99999999999999_half_done', now(), 0)`;
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "unavailable",
        checks: { database: "ok", migrations: "pending" },
      });
    } finally {
      await db.$executeRaw`delete from "_prisma_migrations" where id = ${id}`;
    }
  });
});

describe("GET /api/metrics", () => {
  it("does not exist (404) while METRICS_TOKEN is not configured, even with a token", async () => {
    const route = await metricsRoute(undefined);
    expect((await scrape(route)).status).toBe(404);
    expect((await scrape(route, { authorization: `Bearer ${TOKEN}` })).status).toBe(404);
  });

  it("refuses a missing or wrong token with 401", async () => {
    const route = await metricsRoute(TOKEN);
    const missing = await scrape(route);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect(await missing.text()).not.toContain("http_requests_total");
    expect((await scrape(route, { authorization: "Bearer wrong" })).status).toBe(401);
    expect((await scrape(route, { authorization: TOKEN })).status).toBe(401);
  });

  it("answers the Prometheus text format to the right token", async () => {
    const route = await metricsRoute(TOKEN);
    const response = await scrape(route, { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await response.text();
    expect(text).toContain("# TYPE http_requests_total counter");
    expect(text).toContain("# TYPE outbox_backlog_events gauge");
    expect(text).toMatch(/^certificates_issued \d+$/m);
  });
});
