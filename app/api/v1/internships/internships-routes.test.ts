import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { notifyIssueRaised } from "@/lib/internships/notify-issue-raised";
import { mondayOf } from "@/lib/internships/weeks";
import { settleWorkflows } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createInternship, internshipSides, utcDay } from "@/tests/helpers/internships";
import { POST as comment } from "./[id]/activities/[weekId]/comments/route";
import { POST as writeWeek } from "./[id]/activities/route";
import { POST as attend } from "./[id]/attendance/route";
import { POST as resolve } from "./[id]/issues/[issueId]/resolve/route";
import { GET as listIssues, POST as raise } from "./[id]/issues/route";
import { GET as getOne } from "./[id]/route";
import { PATCH as setStatus } from "./[id]/status/route";
import { GET as list } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

type Sides = Awaited<ReturnType<typeof internshipSides>>;
type Made = Awaited<ReturnType<typeof createInternship>>;
let sideA: Sides;
let sideB: Sides;
let mine: Made; // side A, active for 30 days
let theirs: Made; // side B

const day = (d: Date) => d.toISOString().slice(0, 10);
const lastMonday = () => mondayOf(utcDay(-7));

beforeAll(async () => {
  sideA = await internshipSides();
  sideB = await internshipSides();
  mine = await createInternship(sideA);
  theirs = await createInternship(sideB);
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

/** What a follow-up write could touch: equal before and after means nothing was written. */
async function followUpCounts() {
  await settleWorkflows();
  const [weeks, comments, days, issues, internships, events, audit, notifications, emails] = await Promise.all([
    db.activityLog.count(),
    db.activityComment.count(),
    db.attendance.count(),
    db.internshipIssue.count(),
    db.internship.groupBy({ by: ["status"], _count: true }),
    db.outboxEvent.count(),
    db.auditLog.count(),
    db.notification.count(),
    db.emailMessage.count(),
  ]);
  return { weeks, comments, days, issues, internships, events, audit, notifications, emails };
}

describe("who sees an internship", () => {
  it("shows each party its own and reads everyone else's as unknown", async () => {
    const other = await createInternship(sideA); // same university and enterprise, another student, supervisor and tutor
    const get = (headers: Record<string, string>, id: string) =>
      callRoute(getOne, { method: "GET", params: { id }, headers });

    for (const who of [mine.student, mine.supervisor, mine.tutor, sideA.universityAdmin, sideA.enterpriseAdmin]) {
      expect((await get(who.headers, mine.internshipId)).status).toBe(200);
    }
    // A supervisor another supervisor's intern, a tutor another's intern or another enterprise's, a student another's.
    for (const [who, id] of [
      [other.supervisor, mine.internshipId],
      [other.tutor, mine.internshipId],
      [mine.tutor, theirs.internshipId],
      [other.student, mine.internshipId],
      [mine.student, theirs.internshipId],
      [sideB.universityAdmin, mine.internshipId],
      [sideB.enterpriseAdmin, mine.internshipId],
    ] as const) {
      const answer = await get(who.headers, id);
      expect(answer.status).toBe(404);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }

    const listed = async (headers: Record<string, string>) =>
      (await callRoute(list, { method: "GET", headers })).body.items.map((i: { id: string }) => i.id).sort();
    expect(await listed(mine.supervisor.headers)).toEqual([mine.internshipId]);
    expect(await listed(other.supervisor.headers)).toEqual([other.internshipId]);
    expect(await listed(mine.tutor.headers)).toEqual([mine.internshipId]);
    expect(await listed(mine.student.headers)).toEqual([mine.internshipId]);
    expect(await listed(sideA.universityAdmin.headers)).toEqual([mine.internshipId, other.internshipId].sort());
    expect(await listed(sideB.universityAdmin.headers)).toEqual([theirs.internshipId]);
    expect((await callRoute(list, { method: "GET" })).status).toBe(401);
  });

  it("tells each party what it may do", async () => {
    const can = async (headers: Record<string, string>) =>
      (await callRoute(getOne, { method: "GET", params: { id: mine.internshipId }, headers })).body.can;
    expect(await can(mine.student.headers)).toEqual([
      "writeLogbook",
      "recordAttendance",
      "raiseIssue",
      "pickVisitSlot",
    ]);
    expect(await can(mine.tutor.headers)).toEqual(["comment", "recordAttendance", "raiseIssue", "pickVisitSlot"]);
    expect(await can(mine.supervisor.headers)).toEqual([
      "comment",
      "raiseIssue",
      "resolveIssue",
      "changeStatus",
      "proposeVisit",
      "reportVisit",
      "moveVisit",
      "cancelVisit",
    ]);
  });
});

describe("the logbook", () => {
  it("lets the student write and rewrite a week, the tutor and supervisor comment, and shows the missing weeks", async () => {
    const made = await createInternship(sideA, { startDate: utcDay(-22) });
    const monday = lastMonday();
    const first = await callRoute(writeWeek, {
      params: { id: made.internshipId },
      headers: made.student.headers,
      body: { weekStart: day(monday), summary: "Mise en place du projet", learnings: "Prisma", hours: 35 },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ summary: "Mise en place du projet", learnings: "Prisma", hours: 35 });
    const again = await callRoute(writeWeek, {
      params: { id: made.internshipId },
      headers: made.student.headers,
      body: { weekStart: day(monday), summary: "Mise en place, puis tests", hours: 30 },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, summary: "Mise en place, puis tests", learnings: null });

    for (const who of [made.tutor, made.supervisor]) {
      const said = await callRoute(comment, {
        params: { id: made.internshipId, weekId: first.body.id },
        headers: who.headers,
        body: { body: `Bien vu (${who.user.role})` },
      });
      expect(said.status).toBe(201);
    }

    const view = (
      await callRoute(getOne, { method: "GET", params: { id: made.internshipId }, headers: made.tutor.headers })
    ).body;
    expect(view.logbook.weeks).toHaveLength(1);
    expect(view.logbook.weeks[0].comments.map((c: { authorRole: string }) => c.authorRole)).toEqual([
      "ENTERPRISE",
      "UNIVERSITY_SUPERVISOR",
    ]);
    // Started 22 days ago: the weeks before last week are over and empty; last week is written.
    const expected = [];
    for (let m = mondayOf(utcDay(-22)); m < monday; m = new Date(m.getTime() + 7 * 86_400_000)) expected.push(m);
    expect(view.logbook.missingWeeks).toEqual(
      expected
        .map((m) => m.toISOString())
        .reverse()
        .sort(),
    );
    expect(view.logbook.missingWeeks.length).toBeGreaterThanOrEqual(2);
    const listed = (await callRoute(list, { method: "GET", headers: made.supervisor.headers })).body.items[0];
    expect(listed).toMatchObject({ id: made.internshipId, missingWeeks: expected.length, openIssues: 0 });
  });

  it.each([
    ["a day that is not a Monday", { weekStart: "TUESDAY", summary: "x" }, 400, "weekStart", "notMonday"],
    ["a week after the internship", { weekStart: "FAR", summary: "x" }, 400, "weekStart", "outsideInternship"],
    ["a week to come", { weekStart: "NEXT", summary: "x" }, 400, "weekStart", "inFuture"],
    ["no summary", { weekStart: "LAST" }, 400, "summary", "required"],
    ["a summary too long", { weekStart: "LAST", summary: "x".repeat(2001) }, 400, "summary", "tooLong"],
    ["hours as words", { weekStart: "LAST", summary: "x", hours: "many" }, 400, "hours", "integer"],
    ["too many hours", { weekStart: "LAST", summary: "x", hours: 81 }, 400, "hours", "tooLarge"],
    ["a date that does not exist", { weekStart: "2026-02-30", summary: "x" }, 400, "weekStart", "date"],
  ])("refuses %s with a 4xx and writes nothing", async (_name, raw, status, path, code) => {
    const monday = lastMonday();
    const weekStart =
      {
        TUESDAY: day(new Date(monday.getTime() + 86_400_000)),
        FAR: day(mondayOf(utcDay(400))),
        NEXT: day(mondayOf(utcDay(7))),
        LAST: day(monday),
      }[raw.weekStart as string] ?? raw.weekStart;
    const before = await followUpCounts();
    const answer = await callRoute(writeWeek, {
      params: { id: mine.internshipId },
      headers: mine.student.headers,
      body: { ...raw, weekStart },
    });
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toContain("application/problem+json");
    expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: path, code })]));
    expect(await followUpCounts()).toEqual(before);
  });

  it("refuses the logbook to anyone but the student, comments to the student, and unknown weeks", async () => {
    const before = await followUpCounts();
    const body = { weekStart: day(lastMonday()), summary: "x" };
    for (const who of [mine.tutor, mine.supervisor, sideA.universityAdmin]) {
      expect(
        (await callRoute(writeWeek, { params: { id: mine.internshipId }, headers: who.headers, body })).status,
      ).toBe(403);
    }
    expect(
      (await callRoute(writeWeek, { params: { id: mine.internshipId }, headers: theirs.student.headers, body })).status,
    ).toBe(404);
    expect((await callRoute(writeWeek, { params: { id: mine.internshipId }, body })).status).toBe(401);
    expect(
      (
        await callRoute(comment, {
          params: { id: mine.internshipId, weekId: "nope" },
          headers: mine.tutor.headers,
          body: { body: "ok" },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callRoute(comment, {
          params: { id: mine.internshipId, weekId: "nope" },
          headers: mine.student.headers,
          body: { body: "ok" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callRoute(writeWeek, {
          params: { id: mine.internshipId },
          headers: mine.student.headers,
          rawBody: "{not json",
        })
      ).status,
    ).toBe(400);
    expect(await followUpCounts()).toEqual(before);
  });

  it("refuses a logbook week of an internship not under way", async () => {
    const planned = await createInternship(sideA, { status: "PLANNED", startDate: utcDay(10), endDate: utcDay(100) });
    const before = await followUpCounts();
    const answer = await callRoute(writeWeek, {
      params: { id: planned.internshipId },
      headers: planned.student.headers,
      body: { weekStart: day(lastMonday()), summary: "x" },
    });
    expect(answer.status).toBe(409);
    expect(await followUpCounts()).toEqual(before);
  });
});

describe("attendance", () => {
  it("adds up days present, remote and absent by reason against the agreement's hours", async () => {
    const made = await createInternship(sideA, { startDate: utcDay(-20), endDate: utcDay(50), weeklyHours: 35 });
    const post = (headers: Record<string, string>, body: object) =>
      callRoute(attend, { params: { id: made.internshipId }, headers, body });
    expect((await post(made.student.headers, { date: day(utcDay(-3)), status: "PRESENT" })).status).toBe(201);
    expect((await post(made.tutor.headers, { date: day(utcDay(-2)), status: "REMOTE", hours: 6.5 })).status).toBe(201);
    const sick = await post(made.student.headers, { date: day(utcDay(-1)), status: "ABSENT", absenceReason: "SICK" });
    expect(sick.status).toBe(201);
    // Recording a day again replaces it.
    const last = await post(made.tutor.headers, { date: day(utcDay(-3)), status: "PRESENT", hours: 8 });
    expect(last.body.totals).toEqual({
      present: 1,
      remote: 1,
      absent: 1,
      absences: { SICK: 1 },
      hoursDone: 14.5,
      weeklyHours: 35,
      hoursExpected: 35 * 11,
    });
    expect(await db.attendance.count({ where: { internshipId: made.internshipId } })).toBe(3);
  });

  it.each([
    ["an absence without a reason", { date: -1, status: "ABSENT" }, "absenceReason", "required"],
    ["a day to come", { date: 1, status: "PRESENT" }, "date", "inFuture"],
    ["a day before the internship", { date: -60, status: "PRESENT" }, "date", "outsideInternship"],
    ["an unknown status", { date: -1, status: "HOLIDAY" }, "status", "choice"],
    ["an unknown reason", { date: -1, status: "ABSENT", absenceReason: "BORED" }, "absenceReason", "choice"],
    ["25 hours", { date: -1, status: "PRESENT", hours: 25 }, "hours", "tooLarge"],
    ["no date", { status: "PRESENT" }, "date", "required"],
  ])("refuses %s with a 400 and writes nothing", async (_name, raw, path, code) => {
    const before = await followUpCounts();
    const given = raw as Record<string, unknown>;
    const body = { ...given, ...(typeof given.date === "number" && { date: day(utcDay(given.date)) }) };
    const answer = await callRoute(attend, { params: { id: mine.internshipId }, headers: mine.student.headers, body });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: path, code })]));
    expect(await followUpCounts()).toEqual(before);
  });

  it("is not the supervisor's to record", async () => {
    const answer = await callRoute(attend, {
      params: { id: mine.internshipId },
      headers: mine.supervisor.headers,
      body: { date: day(utcDay(-1)), status: "PRESENT" },
    });
    expect(answer.status).toBe(403);
  });
});

describe("issues", () => {
  it("tells the supervisor and the university's admins once, and is resolved with a trail", async () => {
    const made = await createInternship(sideA);
    const staff = [made.supervisor.user.id, sideA.universityAdmin.user.id];
    const raised = await callRoute(raise, {
      params: { id: made.internshipId },
      headers: made.student.headers,
      body: { category: "WORKLOAD", severity: 3, title: "Trop d'heures", description: "50 heures par semaine." },
    });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ status: "OPEN", severity: 3, raisedBy: { id: made.student.user.id } });
    await settleWorkflows();
    const notified = async () =>
      db.notification.groupBy({
        by: ["userId"],
        where: { type: "internshipIssues", data: { path: ["issueId"], equals: raised.body.id } },
        _count: true,
      });
    expect((await notified()).map((n) => [n.userId, n._count]).sort()).toEqual(staff.map((id) => [id, 1]).sort());
    const addresses = await db.user.findMany({ where: { id: { in: staff } }, select: { email: true } });
    const mails = await db.emailMessage.findMany({
      where: { template: "internshipIssueRaised", to: { in: addresses.map((a) => a.email) } },
    });
    expect(mails).toHaveLength(2);
    expect(mails[0]!.subject).toContain("Trop d'heures");
    // A repeated delivery tells no one twice.
    expect(await notifyIssueRaised(raised.body.id)).toEqual({ told: 0 });
    expect((await notified()).map((n) => n._count)).toEqual([1, 1]);

    expect((await callRoute(list, { method: "GET", headers: made.supervisor.headers })).body.items[0]).toMatchObject({
      openIssues: 1,
      maxOpenSeverity: 3,
    });
    // The tutor cannot resolve; the supervisor does, once.
    const body = { resolution: "Entretien avec le tuteur : horaires revus." };
    const path = { id: made.internshipId, issueId: raised.body.id };
    expect((await callRoute(resolve, { params: path, headers: made.tutor.headers, body })).status).toBe(403);
    const done = await callRoute(resolve, { params: path, headers: made.supervisor.headers, body });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: "RESOLVED",
      resolution: body.resolution,
      resolvedBy: { id: made.supervisor.user.id },
    });
    expect(done.body.resolvedAt).toEqual(expect.any(String));
    expect((await callRoute(resolve, { params: path, headers: made.supervisor.headers, body })).status).toBe(409);
    const issues = await callRoute(listIssues, {
      method: "GET",
      params: { id: made.internshipId },
      headers: made.tutor.headers,
    });
    expect(issues.body.items).toEqual([expect.objectContaining({ id: raised.body.id, status: "RESOLVED" })]);
  });

  it.each([
    ["a severity of 4", { severity: 4 }, "severity", "tooLarge"],
    ["an unknown category", { category: "BOREDOM" }, "category", "choice"],
    ["no title", { title: "" }, "title", "required"],
    ["a description too long", { description: "x".repeat(4001) }, "description", "tooLong"],
  ])("refuses %s with a 400 and writes nothing", async (_name, change, path, code) => {
    const before = await followUpCounts();
    const body = { category: "CONFLICT", severity: 2, title: "T", description: "D", ...change };
    const answer = await callRoute(raise, { params: { id: mine.internshipId }, headers: mine.tutor.headers, body });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: path, code })]));
    expect(await followUpCounts()).toEqual(before);
  });
});

describe("status", () => {
  it("refuses completion while the final report is missing, and changes nothing", async () => {
    const made = await createInternship(sideA);
    const before = await followUpCounts();
    const answer = await callRoute(setStatus, {
      method: "PATCH",
      params: { id: made.internshipId },
      headers: made.supervisor.headers,
      body: { status: "COMPLETED" },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.missing).toContain("finalReportMissing");
    expect(await followUpCounts()).toEqual(before);
    expect((await db.internship.findUniqueOrThrow({ where: { id: made.internshipId } })).status).toBe("ACTIVE");
  });

  it("ends an internship early with a reason, by the supervisor only, once", async () => {
    const made = await createInternship(sideA);
    const call = (headers: Record<string, string>, body: object) =>
      callRoute(setStatus, { method: "PATCH", params: { id: made.internshipId }, headers, body });
    const before = await followUpCounts();
    expect((await call(made.supervisor.headers, { status: "TERMINATED" })).status).toBe(400);
    expect((await call(made.supervisor.headers, { status: "ACTIVE" })).status).toBe(400);
    expect((await call(made.tutor.headers, { status: "TERMINATED", reason: "x" })).status).toBe(403);
    expect((await call(made.student.headers, { status: "TERMINATED", reason: "x" })).status).toBe(403);
    expect((await call(theirs.supervisor.headers, { status: "TERMINATED", reason: "x" })).status).toBe(404);
    expect(await followUpCounts()).toEqual(before);

    const ended = await call(made.supervisor.headers, { status: "TERMINATED", reason: "Problème de sécurité grave" });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: "TERMINATED", terminationReason: "Problème de sécurité grave" });
    const audit = await db.auditLog.findMany({
      where: { entityId: made.internshipId, action: "internship.terminated" },
    });
    expect(audit).toEqual([expect.objectContaining({ actorId: made.supervisor.user.id })]);
    const again = await call(sideA.universityAdmin.headers, { status: "TERMINATED", reason: "encore" });
    expect(again.status).toBe(409);
    expect(again.body.allowed).toEqual([]);
    // Nothing more can be raised on it.
    const late = await callRoute(raise, {
      params: { id: made.internshipId },
      headers: made.student.headers,
      body: { category: "OTHER", severity: 1, title: "T", description: "D" },
    });
    expect(late.status).toBe(409);
  });
});
