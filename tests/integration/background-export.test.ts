import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadRoute } from "@/app/api/v1/exports/[id]/download/route";
import { GET as progressRoute } from "@/app/api/v1/exports/[id]/route";
import { produceExport } from "@/inngest/functions/produce-export";
import { memoisedSteps } from "@/inngest/local-runner";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { fileStorage } from "@/lib/core/storage";
import { finishExport, writeExportFile } from "@/lib/reports/produce-export";
import { purgeExpiredExports } from "@/lib/reports/purge-expired-exports";
import { requestExport } from "@/lib/reports/request-export";
import { EXPORT_QUEUE_THRESHOLD } from "@/lib/reports/schemas";
import { actorOf, bearer } from "@/tests/helpers/applications";
import { rowCounts as baseCounts } from "@/tests/helpers/row-counts";
import { createUser } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let otherAdmin: User;
let supervisor: User;
let universityId: string;
const ROWS = EXPORT_QUEUE_THRESHOLD + 1;
/** What a refused or read-only call must leave as it was, exports included. */
const rowCounts = async () => ({ ...(await baseCounts()), exports: await db.exportJob.count() });

beforeAll(async () => {
  admin = await createUser("UNIVERSITY_ADMIN");
  const staff = await db.universityStaff.findFirstOrThrow({ where: { userId: admin.id } });
  universityId = staff.universityId;
  otherAdmin = await createUser("UNIVERSITY_ADMIN");
  supervisor = await createUser("UNIVERSITY_SUPERVISOR", { universityId });
  await db.user.update({ where: { id: admin.id }, data: { locale: "en" } });
  // More entries about the university than an export downloads at once, and a few about another.
  await db.$executeRaw`
    insert into "AuditLog" (id, "createdAt", "actorId", action, entity, "entityId", ip, before, after)
    select 'audit-' || n, now() - n * interval '1 minute', null, 'university.updated', 'University', ${universityId},
      '203.0.113.' || (n % 200), '{"name":"Old"}'::jsonb, jsonb_build_object('name', 'New ' || n)
    from generate_series(1, ${ROWS}) as n`;
  await db.$executeRaw`
    insert into "AuditLog" (id, "createdAt", action, entity, "entityId")
    select 'other-' || n, now(), 'department.created', 'Department', 'elsewhere' from generate_series(1, 3) as n`;
});

const event = (exportId: string, id = `ev-${exportId}`) => ({
  id,
  name: "export.requested" as const,
  data: { exportId },
});

async function queued(format: "csv" | "xlsx" = "xlsx") {
  const asked = await requestExport(await actorOf(admin.id), {
    kind: "audit",
    format,
    filters: { entity: "University", cursor: "ignored" },
  });
  if (!asked.queued) throw new Error("expected a queued export");
  return asked.exportId;
}

async function call(route: typeof progressRoute, id: string, user: User | null) {
  await db.rateLimit.deleteMany();
  const headers = { "x-forwarded-for": "203.0.113.9", ...(user ? await bearer(user) : {}) };
  const response = await route(new Request(`http://localhost:3000/api/v1/exports/${id}`, { headers }), {
    params: Promise.resolve({ id }),
  });
  return response;
}

describe("asking for an export", () => {
  it("gives a small export as a direct CSV link, queueing nothing", async () => {
    const before = await rowCounts();
    const asked = await requestExport(await actorOf(admin.id), {
      kind: "audit",
      filters: { entity: "University", action: "nothing.like.this" },
    });
    expect(asked).toEqual({
      queued: false,
      rows: 0,
      href: "/api/v1/audit/export.csv?action=nothing.like.this&entity=University",
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("queues a large one with its event, the rows counted", async () => {
    const asked = await requestExport(await actorOf(admin.id), {
      kind: "audit",
      format: "csv",
      filters: { entity: "University" },
    });
    expect(asked).toMatchObject({ queued: true, rows: ROWS });
    const exportId = (asked as { exportId: string }).exportId;
    const job = await db.exportJob.findUniqueOrThrow({ where: { id: exportId } });
    expect(job).toMatchObject({ status: "QUEUED", rowsTotal: ROWS, rowsDone: 0, format: "CSV", locale: "en" });
    expect(job.filters).toEqual({ entity: "University" });
    const events = await db.outboxEvent.findMany({ where: { name: "export.requested" } });
    expect(events.map((e) => (e.data as { exportId: string }).exportId)).toContain(exportId);
  });

  it("refuses another list, a bad filter and a supervisor, writing nothing", async () => {
    const before = await rowCounts();
    const me = await actorOf(admin.id);
    await expect(requestExport(me, { kind: "users" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(requestExport(me, { kind: "audit", format: "pdf" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(requestExport(me, { kind: "audit", filters: { entity: "Drop table" } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(requestExport(await actorOf(supervisor.id), { kind: "audit" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(requestExport(null, { kind: "audit" })).rejects.toBeInstanceOf(AppError);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("the produce-export workflow", () => {
  it("writes the XLSX with progress, stores it, and tells the requester once however often it runs", async () => {
    const exportId = await queued("xlsx");
    const first = await produceExport.handler({ event: event(exportId), step: memoisedSteps("produce-export", "a") });
    expect(first).toEqual({ exportId, ready: true, notified: true });
    const job = await db.exportJob.findUniqueOrThrow({ where: { id: exportId } });
    expect(job).toMatchObject({ status: "READY", rowsDone: ROWS, rowsTotal: ROWS });
    expect(job.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    // A delivery again (a new event id: no memoised step) neither writes another file nor tells twice.
    const again = await produceExport.handler({ event: event(exportId), step: memoisedSteps("produce-export", "b") });
    expect(again).toEqual({ exportId, ready: true, notified: false });
    expect((await db.exportJob.findUniqueOrThrow({ where: { id: exportId } })).storageKey).toBe(job.storageKey);
    const notifications = await db.notification.findMany({ where: { userId: admin.id, type: "exports" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      link: `/exports/${exportId}`,
      title: `Your export ${job.fileName} is ready`,
    });
    const emails = await db.emailMessage.findMany({ where: { to: admin.email } });
    expect(emails.filter((e) => e.subject.includes(job.fileName))).toHaveLength(1);

    // The file: every row, dates as dates, in the requester's language.
    const bytes = await fileStorage().get(job.storageKey!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes!) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(ROWS + 1);
    expect(sheet.getCell("A1").value).toBe("When");
    expect(sheet.getCell("A2").value).toBeInstanceOf(Date);
    expect(sheet.getCell("D2").value).toBe("university.updated");
    expect(sheet.getCell("I2").value).toBe('{"name":"New 1"}');
  });

  it("keeps the first stored file when the write step runs again, and fails for a requester who lost the right", async () => {
    const exportId = await queued("csv");
    const { storageKey } = await writeExportFile(exportId);
    expect(await writeExportFile(exportId)).toEqual({ storageKey });
    expect(await finishExport(exportId)).toEqual({ notified: true });
    expect(await finishExport(exportId)).toEqual({ notified: false });
    const text = new TextDecoder().decode((await fileStorage().get(storageKey!))!);
    expect(text.trimEnd().split("\r\n")).toHaveLength(ROWS + 1);

    const lost = await queued("csv");
    await db.user.update({ where: { id: admin.id }, data: { role: "UNIVERSITY_SUPERVISOR" } });
    try {
      expect(await writeExportFile(lost)).toEqual({ storageKey: null });
      expect((await db.exportJob.findUniqueOrThrow({ where: { id: lost } })).status).toBe("FAILED");
    } finally {
      await db.user.update({ where: { id: admin.id }, data: { role: "UNIVERSITY_ADMIN" } });
    }
  });
});

describe("following and downloading an export", () => {
  it("shows the requester its progress, then the file; nobody else sees either", async () => {
    const exportId = await queued("csv");
    const waiting = await call(progressRoute, exportId, admin);
    expect(waiting.status).toBe(200);
    expect(await waiting.json()).toMatchObject({ status: "QUEUED", rowsDone: 0, rowsTotal: ROWS, downloadUrl: null });
    const early = await call(downloadRoute, exportId, admin);
    expect(early.status).toBe(409);
    expect(early.headers.get("content-type")).toBe("application/problem+json");

    await produceExport.handler({ event: event(exportId), step: memoisedSteps("produce-export", "c") });
    const ready = await (await call(progressRoute, exportId, admin)).json();
    expect(ready).toMatchObject({
      status: "READY",
      rowsDone: ROWS,
      downloadUrl: `/api/v1/exports/${exportId}/download`,
    });
    const file = await call(downloadRoute, exportId, admin);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect((await file.text()).split("\r\n")[0]).toContain("When");

    const before = await rowCounts();
    for (const stranger of [otherAdmin, supervisor]) {
      expect((await call(progressRoute, exportId, stranger)).status).toBe(404);
      expect((await call(downloadRoute, exportId, stranger)).status).toBe(404);
    }
    expect((await call(downloadRoute, exportId, null)).status).toBe(401);
    expect((await call(downloadRoute, "cm0000000000000000000000", admin)).status).toBe(404);
    expect(await rowCounts()).toEqual(before);

    await db.exportJob.update({ where: { id: exportId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(downloadRoute, exportId, admin)).status).toBe(404);
    expect(await (await call(progressRoute, exportId, admin)).json()).toMatchObject({
      expired: true,
      downloadUrl: null,
    });

    // The nightly purge removes the expired file, once.
    const { storageKey } = await db.exportJob.findUniqueOrThrow({ where: { id: exportId } });
    expect(await fileStorage().get(storageKey!)).not.toBeNull();
    expect((await purgeExpiredExports()).purged).toBeGreaterThanOrEqual(1);
    expect(await fileStorage().get(storageKey!)).toBeNull();
    expect((await db.exportJob.findUniqueOrThrow({ where: { id: exportId } })).storageKey).toBeNull();
    expect((await purgeExpiredExports()).purged).toBe(0);
  });
});
