import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AppEvent } from "@/inngest/events";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { observeRequest, resetRequestMetrics, routeOf } from "@/lib/core/metrics";
import { relayOutbox } from "@/lib/core/outbox-relay";
import { actorOf } from "@/tests/helpers/applications";
import { createUser } from "@/tests/helpers/users";
import { collectMetrics } from "./collect-metrics";
import { describeHealth } from "./describe-health";
import { retryEvent } from "./retry-event";

const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

// The storage probe writes a file: into this file's own directory, not the checkout's .data.
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "operations-"));

const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
const universityAdmin = await actorOf((await createUser("UNIVERSITY_ADMIN")).id);

/** An event whose workflow failed once: its next try is an hour away. */
async function failedEvent() {
  await db.outboxEvent.deleteMany();
  const event = await db.outboxEvent.create({
    data: {
      name: "user.registered",
      data: { userId: "u-1" },
      attempts: 3,
      lastError: "AggregateError: 1 workflow(s) failed for user.registered",
      availableAt: new Date(Date.now() + 3600_000),
      createdAt: new Date(Date.now() - 600_000),
    },
  });
  return event;
}

describe("the retry button", () => {
  it("re-queues a failed event at once, so the next relay delivers it, and audits who did", async () => {
    const event = await failedEvent();
    const sent: AppEvent[] = [];
    // Not due yet: the relay leaves it.
    expect(await relayOutbox(async (e) => void sent.push(e))).toEqual({ delivered: 0, failed: 0 });

    const retried = await retryEvent(admin, event.id);
    expect(retried.id).toBe(event.id);
    expect(await relayOutbox(async (e) => void sent.push(e))).toEqual({ delivered: 1, failed: 0 });
    expect(sent.map((e) => e.id)).toEqual([event.id]);
    const row = await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.deliveredAt).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "event.retried", entityId: event.id } });
    expect(audit).toMatchObject({
      actorId: admin.userId,
      entity: "OutboxEvent",
      before: { name: "user.registered", attempts: 3 },
    });
    expect(audit.after).toHaveProperty("availableAt");
  });

  it("refuses anyone but a system admin, and a delivered or unknown event, changing nothing", async () => {
    const event = await failedEvent();
    expect(await failure(retryEvent(universityAdmin, event.id))).toBe("FORBIDDEN");
    expect(await failure(retryEvent(null, event.id))).toBe("UNAUTHENTICATED");
    expect(await failure(retryEvent(admin, "no-such-event"))).toBe("NOT_FOUND");
    expect(await failure(retryEvent(admin, { id: event.id }))).toBe("NOT_FOUND");
    const untouched = await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(untouched.availableAt).toEqual(event.availableAt);
    await db.outboxEvent.update({ where: { id: event.id }, data: { deliveredAt: new Date() } });
    expect(await failure(retryEvent(admin, event.id))).toBe("NOT_FOUND");
  });
});

describe("the health page's data", () => {
  it("shows the database, the outbox's backlog and oldest event, the failed events, e-mail failures and storage", async () => {
    const event = await failedEvent();
    await db.outboxEvent.create({ data: { name: "user.registered", data: { userId: "u-2" } } });
    await db.emailMessage.create({
      data: {
        to: "x@example.test",
        subject: "S",
        html: "<p>h</p>",
        text: "h",
        template: "welcome",
        attempts: 2,
        lastError: "503 from provider",
      },
    });
    const health = await describeHealth(admin);
    expect(health.database.ok).toBe(true);
    expect(health.outbox).toMatchObject({ backlog: 2, failing: 1, oldestCreatedAt: event.createdAt });
    expect(health.outbox.oldestAgeSeconds).toBeGreaterThanOrEqual(599);
    expect(health.outbox.failed.map((e) => e.id)).toEqual([event.id]);
    expect(health.email).toMatchObject({
      failing: 1,
      recent: [{ template: "welcome", lastError: "503 from provider" }],
    });
    expect(health.storage).toMatchObject({ kind: "local", ok: true });
    expect(health.workflows).toBe("in-process");
    expect(await failure(describeHealth(universityAdmin))).toBe("FORBIDDEN");
  });
});

describe("the metrics", () => {
  it("names routes without their ids", () => {
    expect(routeOf("/api/v1/agreements/cmi3x9k2v0000abcd1234efgh/sign")).toBe("/api/v1/agreements/{id}/sign");
    expect(routeOf("/api/v1/offers/42")).toBe("/api/v1/offers/{id}");
    expect(routeOf("/api/v1/auth/me")).toBe("/api/v1/auth/me");
  });

  it("expose request counts, errors and durations by route, the outbox lag and business totals", async () => {
    await failedEvent();
    resetRequestMetrics();
    observeRequest("GET", "/api/v1/offers/cmi3x9k2v0000abcd1234efgh", 200, 0.03);
    observeRequest("GET", "/api/v1/offers/cmi3x9k2v0000abcd1234zzzz", 200, 0.2);
    observeRequest("POST", "/api/v1/auth/login", 500, 1.5);
    const text = await collectMetrics();
    const offers = 'method="GET",route="/api/v1/offers/{id}",status="200"';
    expect(text).toContain(`http_requests_total{${offers}} 2`);
    expect(text).toContain(`http_request_duration_seconds_bucket{${offers},le="0.05"} 1`);
    expect(text).toContain(`http_request_duration_seconds_bucket{${offers},le="0.25"} 2`);
    expect(text).toContain(`http_request_duration_seconds_count{${offers}} 2`);
    expect(text).toContain('http_request_errors_total{method="POST",route="/api/v1/auth/login",status="500"} 1');
    expect(text).toContain("outbox_backlog_events 1\n");
    expect(text).toContain("outbox_failing_events 1\n");
    expect(text).toMatch(/outbox_oldest_undelivered_age_seconds (59\d|6\d\d)(\.\d+)?\n/);
    expect(text).toMatch(/^applications_sent \d+$/m);
    expect(text).toMatch(/^agreements_signed \d+$/m);
    expect(text).toMatch(/^certificates_issued \d+$/m);
    // Every sample line is `name{labels} value` or `name value`.
    for (const line of text
      .trimEnd()
      .split("\n")
      .filter((l) => !l.startsWith("#"))) {
      expect(line).toMatch(/^[a-z_]+(\{.*\})? [\d.e+-]+$/);
    }
  });
});
