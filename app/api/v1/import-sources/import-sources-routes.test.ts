import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { bearer, memberOf } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { GET as readRun } from "../import-runs/[id]/route";
import { DELETE as remove, GET as read, PUT as replace } from "./[id]/route";
import { POST as runNow } from "./[id]/run/route";
import { GET as list, POST as create } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

type Headers = Record<string, string>;
let adminHeaders: Headers;
let owner: { headers: Headers; enterpriseId: string };
let otherOwner: { headers: Headers; enterpriseId: string };

const enterpriseAdmin = async () => {
  const user = await createUser("ENTERPRISE");
  const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: user.id } });
  return { headers: await bearer(user), enterpriseId };
};
const valid = (extra: Record<string, unknown> = {}) => ({
  name: "Carrières Acme",
  kind: "ATS_FEED",
  atsProvider: "GREENHOUSE",
  url: `https://boards-api.greenhouse.io/v1/boards/acme-${Math.random().toString(36).slice(2)}/jobs?content=true`,
  ...extra,
});
const counts = async () => ({
  sources: await db.importSource.count(),
  runs: await db.importRun.count(),
  events: await db.outboxEvent.count(),
});

beforeAll(async () => {
  adminHeaders = await bearer(await createUser("SYSTEM_ADMIN"));
  owner = await enterpriseAdmin();
  otherOwner = await enterpriseAdmin();
});
beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("/import-sources", () => {
  it("lets an enterprise's admin add its careers page (always its own), run it and read the report", async () => {
    const created = await callRoute(create, {
      body: valid({ enterpriseId: otherOwner.enterpriseId, filters: { titleWords: ["stage"], defaultCountry: "fr" } }),
      headers: owner.headers,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      enterpriseId: owner.enterpriseId,
      kind: "ATS_FEED",
      atsProvider: "GREENHOUSE",
      enabled: true,
      intervalMinutes: 1440,
      filters: { titleWords: ["stage"], defaultCountry: "FR", defaultCity: null },
    });
    const id = created.body.id as string;

    const queued = await callRoute(runNow, { params: { id }, headers: owner.headers });
    expect(queued.status).toBe(202);
    expect(await db.outboxEvent.count({ where: { name: "import.run-requested" } })).toBeGreaterThanOrEqual(1);
    const twice = await callRoute(runNow, { params: { id }, headers: owner.headers });
    expect([202, 409]).toContain(twice.status);

    const report = await callRoute(readRun, {
      method: "GET",
      params: { id: queued.body.runId },
      headers: owner.headers,
    });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ id: queued.body.runId, sourceId: id });
    expect(Object.keys(report.body).sort()).toEqual(
      [
        "closed",
        "created",
        "errors",
        "fetched",
        "finishedAt",
        "id",
        "skipped",
        "skips",
        "sourceId",
        "startedAt",
        "status",
        "trigger",
        "updated",
      ].sort(),
    );

    // Another enterprise neither sees nor touches it.
    expect((await callRoute(read, { method: "GET", params: { id }, headers: otherOwner.headers })).status).toBe(404);
    expect(
      (await callRoute(readRun, { method: "GET", params: { id: queued.body.runId }, headers: otherOwner.headers }))
        .status,
    ).toBe(404);
    const theirs = await callRoute(list, { method: "GET", headers: otherOwner.headers });
    expect(theirs.body.items.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await callRoute(remove, { method: "DELETE", params: { id }, headers: otherOwner.headers })).status).toBe(
      404,
    );

    // The system admin sees it, and may pause it.
    const paused = await callRoute(replace, {
      method: "PUT",
      params: { id },
      body: valid({ url: created.body.url, enabled: false }),
      headers: adminHeaders,
    });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ enabled: false, enterpriseId: null });
    expect((await callRoute(remove, { method: "DELETE", params: { id }, headers: owner.headers })).status).toBe(404);
    expect((await callRoute(remove, { method: "DELETE", params: { id }, headers: adminHeaders })).status).toBe(204);
    expect(await db.importSource.count({ where: { id } })).toBe(0);
  });

  it("refuses bad input with problem+json and writes nothing", async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [valid({ kind: "SCRAPER" }), "kind"],
      [valid({ atsProvider: null }), "atsProvider"],
      [valid({ atsProvider: "TALEO" }), "atsProvider"],
      [valid({ url: "ftp://example.test/jobs" }), "url"],
      [valid({ url: "https://user:secret@example.test/jobs" }), "url"],
      [valid({ url: "not a url" }), "url"],
      [valid({ name: "" }), "name"],
      [valid({ intervalMinutes: 5 }), "intervalMinutes"],
      [valid({ requestsPerMinute: 1000 }), "requestsPerMinute"],
      [valid({ filters: { maxDurationWeeks: 0 } }), "filters.maxDurationWeeks"],
      [valid({ filters: { defaultCountry: "France" } }), "filters.defaultCountry"],
      [valid({ filters: { titleWords: Array.from({ length: 21 }, (_, i) => `mot${i}`) } }), "filters.titleWords"],
      [valid({ enterpriseId: "cmissingenterprise000000" }), "enterpriseId"],
    ];
    for (const [body, field] of cases) {
      const answer = await callRoute(create, { body, headers: adminHeaders });
      expect(answer.status, field).toBe(400);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
      expect(
        answer.body.errors.map((e: { field: string }) => e.field),
        field,
      ).toContain(field);
    }
    const taken = await callRoute(create, { body: valid(), headers: adminHeaders });
    expect(taken.status).toBe(201);
    const again = await callRoute(create, { body: valid({ url: taken.body.url }), headers: adminHeaders });
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toBe("application/problem+json");
    expect(await counts()).toEqual({ ...before, sources: before.sources + 1 });
  });

  it("keeps students, recruiters and the anonymous out", async () => {
    const before = await counts();
    const student = await bearer(await createUser("STUDENT"));
    const recruiter = await memberOf(owner.enterpriseId, "RECRUITER");
    expect((await callRoute(list, { method: "GET", headers: student })).status).toBe(403);
    expect((await callRoute(create, { body: valid(), headers: recruiter.headers })).status).toBe(403);
    expect((await callRoute(create, { body: valid(), headers: {} })).status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});
