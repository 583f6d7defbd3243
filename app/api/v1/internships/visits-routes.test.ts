import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { notifyActivityCommented } from "@/lib/internships/notify-activity-commented";
import { notifyInternshipTerminated } from "@/lib/internships/notify-internship-terminated";
import { notifyVisitScheduled } from "@/lib/internships/notify-visit-scheduled";
import { mondayOf } from "@/lib/internships/weeks";
import { settleWorkflows } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createInternship, internshipSides, utcDay } from "@/tests/helpers/internships";
import { createUser } from "@/tests/helpers/users";
import { POST as comment } from "./[id]/activities/[weekId]/comments/route";
import { PATCH as setStatus } from "./[id]/status/route";
import { GET as invite } from "./[id]/visits/[visitId]/invite.ics/route";
import { POST as pick } from "./[id]/visits/[visitId]/pick/route";
import { POST as report } from "./[id]/visits/[visitId]/report/route";
import { GET as listVisits, POST as propose } from "./[id]/visits/route";
import { GET as list } from "./route";
import { POST as assign } from "./supervisor-assignments/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

type Sides = Awaited<ReturnType<typeof internshipSides>>;
let sideA: Sides;
let sideB: Sides;

const HOUR = 3_600_000;
/** 09:00 UTC, `days` from today. */
const at = (days: number, hour = 9) => new Date(utcDay(days).getTime() + hour * HOUR);

beforeAll(async () => {
  sideA = await internshipSides();
  sideB = await internshipSides();
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

/** What a visit write could touch: equal before and after means nothing was written. */
async function visitCounts() {
  await settleWorkflows();
  const [visits, slots, scheduled, events, audit, notifications, emails, supervisors] = await Promise.all([
    db.supervisorVisit.count(),
    db.visitSlot.count(),
    db.supervisorVisit.count({ where: { status: { not: "PROPOSED" } } }),
    db.outboxEvent.count(),
    db.auditLog.count(),
    db.notification.count(),
    db.emailMessage.count(),
    db.internship.groupBy({ by: ["supervisorId"], _count: true, orderBy: { supervisorId: "asc" } }),
  ]);
  return { visits, slots, scheduled, events, audit, notifications, emails, supervisors };
}

describe("supervisor visits", () => {
  it("are offered on dates, picked by the tutor, sent to everyone as .ics, then reported", async () => {
    const made = await createInternship(sideA);
    const path = { id: made.internshipId };
    const offered = await callRoute(propose, {
      params: path,
      headers: made.supervisor.headers,
      body: {
        kind: "VISIT",
        slots: [at(14).toISOString(), at(7).toISOString()],
        durationMinutes: 90,
        location: "12 rue des Lilas, Lyon",
      },
    });
    expect(offered.status).toBe(201);
    expect(offered.body).toMatchObject({ status: "PROPOSED", plannedAt: null, kind: "VISIT" });
    // Sorted, each of the duration asked, still open to picking.
    expect(
      offered.body.slots.map((s: { startsAt: string; endsAt: string; open: boolean }) => [
        s.startsAt,
        s.endsAt,
        s.open,
      ]),
    ).toEqual([
      [at(7).toISOString(), new Date(at(7).getTime() + 90 * 60_000).toISOString(), true],
      [at(14).toISOString(), new Date(at(14).getTime() + 90 * 60_000).toISOString(), true],
    ]);

    // The student and the tutor see it; the supervisor cannot pick, the tutor does.
    const seen = await callRoute(listVisits, { method: "GET", params: path, headers: made.student.headers });
    expect(seen.body.map((v: { id: string }) => v.id)).toEqual([offered.body.id]);
    const visitPath = { id: made.internshipId, visitId: offered.body.id };
    const slotId = offered.body.slots[1].id;
    expect(
      (await callRoute(pick, { params: visitPath, headers: made.supervisor.headers, body: { slotId } })).status,
    ).toBe(403);
    const picked = await callRoute(pick, { params: visitPath, headers: made.tutor.headers, body: { slotId } });
    expect(picked.status).toBe(200);
    expect(picked.body).toMatchObject({
      status: "SCHEDULED",
      plannedAt: at(14).toISOString(),
      chosenByRole: "ENTERPRISE",
      sequence: 1,
      slots: [],
    });
    // A second pick (the student, at the same time) is refused: one date per visit.
    const again = await callRoute(pick, { params: visitPath, headers: made.student.headers, body: { slotId } });
    expect(again.status).toBe(409);

    // Everyone is told once, in the app and by e-mail with the .ics link.
    await settleWorkflows();
    const parties = [made.student.user.id, made.tutor.user.id, made.supervisor.user.id];
    const told = await db.notification.findMany({
      where: { type: "internshipVisits", data: { path: ["visitId"], equals: offered.body.id } },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([...parties].sort());
    const addresses = (await db.user.findMany({ where: { id: { in: parties } }, select: { email: true } })).map(
      (u) => u.email,
    );
    const mails = await db.emailMessage.findMany({ where: { template: "internshipVisitScheduled" } });
    expect(mails.map((m) => m.to).sort()).toEqual([...addresses].sort());
    expect(mails[0]!.text).toContain(`/internships/${made.internshipId}/visits/${offered.body.id}/invite.ics`);
    expect(await notifyVisitScheduled(offered.body.id, 1)).toEqual({ told: 0 });

    // The invitation: UTC times, a stable UID, the visit's SEQUENCE, everyone attending.
    const ics = await invite(
      new Request(
        `http://localhost:3000/api/v1/internships/${made.internshipId}/visits/${offered.body.id}/invite.ics`,
        {
          headers: { ...made.student.headers, "x-forwarded-for": "203.0.113.7" },
        },
      ),
      { params: Promise.resolve(visitPath) as Promise<never> },
    );
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    const text = await ics.text();
    const stamp = (d: Date) =>
      d
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, "");
    expect(text).toContain(`UID:visit-${offered.body.id}@`);
    expect(text).toContain("SEQUENCE:1");
    expect(text).toContain("METHOD:REQUEST");
    expect(text).toContain(`DTSTART:${stamp(at(14))}`);
    expect(text).not.toContain("TZID");
    // Another internship's party reads it as unknown.
    const stranger = await createInternship(sideB);
    const foreign = await callRoute(invite as never, {
      method: "GET",
      params: visitPath,
      headers: stranger.student.headers,
    });
    expect(foreign.status).toBe(404);

    // Reported: not in the future, then DONE with notes and follow-up; the student cannot report.
    const reportBody = {
      heldOn: utcDay(-1).toISOString().slice(0, 10),
      mode: "ON_SITE",
      notes: "Bonne intégration.",
      followUp: "Rappeler en mai.",
    };
    expect(
      (await callRoute(report, { params: visitPath, headers: made.student.headers, body: reportBody })).status,
    ).toBe(403);
    const before = await visitCounts();
    const future = await callRoute(report, {
      params: visitPath,
      headers: made.supervisor.headers,
      body: { ...reportBody, heldOn: utcDay(2).toISOString().slice(0, 10) },
    });
    expect(future.status).toBe(400);
    expect(future.headers.get("content-type")).toContain("application/problem+json");
    expect(await visitCounts()).toEqual(before);
    const done = await callRoute(report, { params: visitPath, headers: made.supervisor.headers, body: reportBody });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: "DONE",
      mode: "ON_SITE",
      report: "Bonne intégration.",
      followUp: "Rappeler en mai.",
    });
  });

  it("refuses bad dates and places, overlapping dates of the same supervisor, and others' internships, writing nothing", async () => {
    const made = await createInternship(sideA);
    const path = { id: made.internshipId };
    const send = (body: unknown, headers = made.supervisor.headers) =>
      callRoute(propose, { params: path, headers, body });
    const ok = { kind: "VISIT", slots: [at(20).toISOString()], durationMinutes: 60, location: "Sur place" };
    expect((await send(ok)).status).toBe(201);
    const other = await createInternship(sideA);
    const before = await visitCounts();
    const cases: [unknown, number][] = [
      [{ ...ok, slots: [] }, 400],
      [{ ...ok, slots: "demain" }, 400],
      [{ ...ok, slots: [at(-1).toISOString()] }, 400],
      [{ ...ok, slots: Array.from({ length: 11 }, (_, i) => at(30 + i).toISOString()) }, 400],
      [{ ...ok, slots: [at(30).toISOString(), new Date(at(30).getTime() + 30 * 60_000).toISOString()] }, 400],
      [{ ...ok, location: null }, 400],
      [{ ...ok, kind: "VIDEO", meetingUrl: "http://insecure.example" }, 400],
      [{ ...ok, durationMinutes: 5 }, 400],
      [{ ...ok, timeZone: "Mars/Olympus" }, 400],
      [{ ...ok, kind: "TELEPATHY" }, 400],
      // Overlaps the date already offered by the same supervisor (another internship would too).
      [{ ...ok, slots: [new Date(at(20).getTime() + 30 * 60_000).toISOString()] }, 409],
    ];
    for (const [body, status] of cases) {
      const response = await send(body);
      expect([JSON.stringify(body).slice(0, 80), response.status]).toEqual([JSON.stringify(body).slice(0, 80), status]);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    // The tutor and the student may not offer dates; another supervisor's intern reads as unknown.
    expect((await send(ok, made.tutor.headers)).status).toBe(403);
    expect((await send(ok, made.student.headers)).status).toBe(403);
    expect(
      (await callRoute(propose, { params: { id: other.internshipId }, headers: made.supervisor.headers, body: ok }))
        .status,
    ).toBe(404);
    expect(await visitCounts()).toEqual(before);
  });

  it("shows visits coming and evaluations due on the supervisor's list, those needing attention first", async () => {
    // Under way for 100 days, ending in 10: its mid-term and final forms are open.
    const supervisor = await createInternship(sideA, { startDate: utcDay(-100), endDate: utcDay(10) });
    const calm = await createInternship(sideA, { supervisor: supervisor.supervisor, startDate: utcDay(-3) });
    const visited = await createInternship(sideA, { supervisor: supervisor.supervisor, startDate: utcDay(-3) });
    const plannedAt = at(3);
    await db.supervisorVisit.create({
      data: {
        internshipId: visited.internshipId,
        supervisorId: supervisor.supervisor.actor.university!.staffId,
        status: "SCHEDULED",
        plannedAt,
        endsAt: new Date(plannedAt.getTime() + HOUR),
      },
    });
    const { body } = await callRoute(list, { method: "GET", headers: supervisor.supervisor.headers });
    const rows = body.items.filter((i: { id: string }) => [calm.internshipId, visited.internshipId].includes(i.id));
    const byId = Object.fromEntries(rows.map((r: { id: string }) => [r.id, r]));
    expect(byId[visited.internshipId]).toMatchObject({ nextVisitAt: plannedAt.toISOString(), visitsProposed: 0 });
    expect(byId[calm.internshipId]).toMatchObject({ nextVisitAt: null });
    // The internship near its end has every form due; the new ones none yet.
    expect(body.items.find((i: { id: string }) => i.id === supervisor.internshipId).evaluationsDue).toBe(5);
    expect(byId[calm.internshipId].evaluationsDue).toBe(0);
  });
});

describe("notifications of the follow-up", () => {
  it("tell the other parties of a logbook comment, once, and not its author", async () => {
    const made = await createInternship(sideA);
    const week = await db.activityLog.create({
      data: { internshipId: made.internshipId, weekStart: mondayOf(utcDay(-7)), summary: "Installation." },
    });
    const posted = await callRoute(comment, {
      params: { id: made.internshipId, weekId: week.id },
      headers: made.supervisor.headers,
      body: { body: "Pensez à détailler les tests." },
    });
    expect(posted.status).toBe(201);
    await settleWorkflows();
    const told = await db.notification.findMany({
      where: { type: "internshipLogbook", data: { path: ["commentId"], equals: posted.body.id } },
      select: { userId: true, body: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([made.student.user.id, made.tutor.user.id].sort());
    expect(told[0]!.body).toBe("Pensez à détailler les tests.");
    const studentEmail = (await db.user.findUniqueOrThrow({ where: { id: made.student.user.id } })).email;
    expect(await db.emailMessage.count({ where: { template: "internshipLogbookComment", to: studentEmail } })).toBe(1);
    expect(await notifyActivityCommented(posted.body.id)).toEqual({ told: 0 });
  });

  it("tell every other party of an early end, with the reason, once", async () => {
    const made = await createInternship(sideA);
    const ended = await callRoute(setStatus, {
      method: "PATCH",
      params: { id: made.internshipId },
      headers: made.supervisor.headers,
      body: { status: "TERMINATED", reason: "Entreprise en liquidation." },
    });
    expect(ended.status).toBe(200);
    await settleWorkflows();
    const told = await db.notification.findMany({
      where: { type: "internshipStatus", data: { path: ["internshipId"], equals: made.internshipId } },
      select: { userId: true, body: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual(
      [made.student.user.id, made.tutor.user.id, sideA.universityAdmin.user.id].sort(),
    );
    expect(told[0]!.body).toContain("Entreprise en liquidation.");
    expect(await notifyInternshipTerminated(made.internshipId, made.supervisor.user.id)).toEqual({ told: 0 });
  });
});

describe("assigning supervisors in bulk", () => {
  it("gives the selected internships to a supervisor of the university, all or nothing", async () => {
    const first = await createInternship(sideA);
    const second = await createInternship(sideA);
    const newcomer = await createUser("UNIVERSITY_SUPERVISOR", { universityId: sideA.universityId });
    const staffId = (await db.universityStaff.findUniqueOrThrow({ where: { userId: newcomer.id } })).id;
    const theirs = await createInternship(sideB);
    const foreignSupervisor = theirs.supervisor.actor.university!.staffId;
    const send = (body: unknown, headers: Record<string, string> = sideA.universityAdmin.headers) =>
      callRoute(assign, { headers, body });

    const before = await visitCounts();
    const refusals: [unknown, Record<string, string>, number][] = [
      [
        { internshipIds: [first.internshipId, theirs.internshipId], supervisorId: staffId },
        sideA.universityAdmin.headers,
        404,
      ],
      [{ internshipIds: [first.internshipId], supervisorId: foreignSupervisor }, sideA.universityAdmin.headers, 400],
      [{ internshipIds: [], supervisorId: staffId }, sideA.universityAdmin.headers, 400],
      [{ internshipIds: first.internshipId, supervisorId: staffId }, sideA.universityAdmin.headers, 400],
      [
        { internshipIds: Array.from({ length: 101 }, () => first.internshipId), supervisorId: staffId },
        sideA.universityAdmin.headers,
        400,
      ],
      [{ internshipIds: [first.internshipId], supervisorId: staffId }, first.supervisor.headers, 403],
      [{ internshipIds: [first.internshipId], supervisorId: staffId }, {}, 401],
    ];
    for (const [body, headers, status] of refusals) {
      const response = await send(body, headers);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    expect(await visitCounts()).toEqual(before);

    const done = await send({ internshipIds: [first.internshipId, second.internshipId], supervisorId: staffId });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ assigned: 2, unchanged: 0, supervisor: { id: staffId } });
    const rows = await db.internship.findMany({ where: { id: { in: [first.internshipId, second.internshipId] } } });
    expect(rows.map((r) => r.supervisorId)).toEqual([staffId, staffId]);
    // The new supervisor now sees them; the former one no longer does.
    const newcomerHeaders = await (await import("@/tests/helpers/applications")).bearer(newcomer);
    const theirList = await callRoute(list, { method: "GET", headers: newcomerHeaders });
    expect(theirList.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [first.internshipId, second.internshipId].sort(),
    );
    const formerList = await callRoute(list, { method: "GET", headers: first.supervisor.headers });
    expect(formerList.body.items.map((i: { id: string }) => i.id)).not.toContain(first.internshipId);
    // Again: nothing changes.
    expect((await send({ internshipIds: [first.internshipId], supervisorId: staffId })).body).toMatchObject({
      assigned: 0,
      unchanged: 1,
    });
  });
});
