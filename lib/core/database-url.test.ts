import pg from "pg";
import { describe, expect, it } from "vitest";
import { connectionFields } from "./database-url";
import { db } from "./db";

describe("connectionFields", () => {
  it("asks for a UTC session, keeping the URL's own options", () => {
    expect(connectionFields("postgresql://u:p@db.example:6543/app").options).toBe("-c TimeZone=UTC");
    expect(connectionFields("postgresql://u:p@db.example/app?options=endpoint%3Dep-1").options).toBe(
      "endpoint=ep-1 -c TimeZone=UTC",
    );
  });

  it("keeps instants exact on a server whose own time zone is not UTC", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`alter database "${url.pathname.slice(1)}" set timezone to 'Pacific/Auckland'`);
    await admin.end();

    const at = new Date("2026-03-10T23:30:00.000Z");
    await db.outboxEvent.create({ data: { id: "tz-check", name: "test.event", data: {}, availableAt: at } });
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: "tz-check" } })).availableAt).toEqual(at);
    const [row] = await db.$queryRaw<{ exact: boolean }[]>`
      select "availableAt" = '2026-03-10T23:30:00Z'::timestamptz as exact from "OutboxEvent" where id = 'tz-check'`;
    expect(row?.exact).toBe(true);
  });
});
