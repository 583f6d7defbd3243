import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { notifyVisitChange, sendVisitReminders } from "@/lib/internships/notify-visit-scheduled";
import { scheduledWorkflows } from "@/inngest/functions";
import { settleWorkflows } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { parseIcs, eventsOf, valueOf } from "@/tests/helpers/icalendar";
import { createInternship, internshipSides, utcDay } from "@/tests/helpers/internships";
import { POST as cancel } from "./[id]/visits/[visitId]/cancel/route";
import { GET as invite } from "./[id]/visits/[visitId]/invite.ics/route";
import { POST as move } from "./[id]/visits/[visitId]/move/route";
import { POST as pick } from "./[id]/visits/[visitId]/pick/route";
import { POST as propose } from "./[id]/visits/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

type Sides = Awaited<ReturnType<typeof internshipSides>>;
type Made = Awaited<ReturnType<typeof createInternship>>;
let side: Sides;

const HOUR = 3_600_000;
const at = (days: number, hour = 9) => new Date(utcDay(days).getTime() + hour * HOUR);
const icsStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

beforeAll(async () => {
  side = await internshipSides();
});
beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

/** Dates offered by the supervisor and the first picked by `picker`: a visit scheduled on `day` at 09:00 UTC. */
async function scheduled(made: Made, day: number, picker: "student" | "tutor" = "tutor") {
  const offered = await callRoute(propose, {
    params: { id: made.internshipId },
    headers: made.supervisor.headers,
    body: { kind: "VISIT", slots: [at(day).toISOString()], durationMinutes: 90, location: "12 rue des Lilas, Lyon" },
  });
  expect(offered.status).toBe(201);
  const visitPath = { id: made.internshipId, visitId: offered.body.id as string };
  const picked = await callRoute(pick, {
    params: visitPath,
    headers: made[picker].headers,
    body: { slotId: offered.body.slots[0].id },
  });
  expect(picked.status).toBe(200);
  await settleWorkflows();
  return visitPath;
}

async function ics(path: { id: string; visitId: string }, headers: Record<string, string> = {}, query = "") {
  const response = await invite(
    new Request(`http://localhost:3000/api/v1/internships/${path.id}/visits/${path.visitId}/invite.ics${query}`, {
      headers: { "x-forwarded-for": "203.0.113.7", ...headers },
    }),
    { params: Promise.resolve(path) as Promise<never> },
  );
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

async function counts() {
  await settleWorkflows();
  const [visits, events, audit, notifications, emails] = await Promise.all([
    db.supervisorVisit.findMany({
      orderBy: { id: "asc" },
      select: { id: true, status: true, plannedAt: true, sequence: true, remindedAt: true },
    }),
    db.outboxEvent.count(),
    db.auditLog.count(),
    db.notification.count(),
    db.emailMessage.count(),
  ]);
  return { visits, events, audit, notifications, emails };
}

const toldOf = async (visitId: string, news: string) =>
  (
    await db.notification.findMany({
      where: {
        type: "internshipVisits",
        data: { path: ["visitId"], equals: visitId },
        AND: { data: { path: ["news"], equals: news } },
      },
      select: { userId: true },
    })
  )
    .map((n) => n.userId)
    .sort();

describe("moving and cancelling a visit", () => {
  it("moves a scheduled visit under the same UID with SEQUENCE+1, and tells everyone once", async () => {
    const made = await createInternship(side);
    const path = await scheduled(made, 10);
    const parties = [made.student.user.id, made.tutor.user.id, made.supervisor.user.id].sort();
    const first = parseIcs((await ics(path, made.student.headers)).text);

    const moved = await callRoute(move, {
      params: path,
      headers: made.supervisor.headers,
      body: { startsAt: at(12, 13).toISOString() },
    });
    expect(moved.status).toBe(200);
    // Same duration (90 minutes), the next version.
    expect(moved.body).toMatchObject({
      status: "SCHEDULED",
      plannedAt: at(12, 13).toISOString(),
      endsAt: new Date(at(12, 13).getTime() + 90 * 60_000).toISOString(),
      sequence: 2,
    });
    await settleWorkflows();
    expect(await toldOf(path.visitId, "moved")).toEqual(parties);
    const mails = await db.emailMessage.findMany({ where: { template: "internshipVisitMoved" } });
    expect(mails).toHaveLength(3);
    expect(mails[0]!.text).toContain(`/visits/${path.visitId}/invite.ics`);
    expect(await notifyVisitChange(path.visitId, 2, "moved")).toEqual({ told: 0 });

    const after = parseIcs((await ics(path, made.tutor.headers)).text);
    const [before, now] = [eventsOf(first)[0]!, eventsOf(after)[0]!];
    expect(valueOf(now, "UID")).toBe(valueOf(before, "UID"));
    expect([valueOf(before, "SEQUENCE"), valueOf(now, "SEQUENCE")]).toEqual(["1", "2"]);
    expect(valueOf(now, "DTSTART")).toBe(icsStamp(at(12, 13)));
    expect(valueOf(after, "METHOD")).toBe("REQUEST");
  });

  it("refuses bad moves, and everyone but the supervisor, writing nothing", async () => {
    const made = await createInternship(side);
    const path = await scheduled(made, 15);
    // Another visit of the same supervisor, on day 16 at 09:00.
    const busy = await createInternship(side, { supervisor: made.supervisor });
    await scheduled(busy, 16);
    const before = await counts();
    const cases: [unknown, number][] = [
      [{}, 400],
      [{ startsAt: "demain" }, 400],
      [{ startsAt: at(-1).toISOString() }, 400],
      [{ startsAt: at(20).toISOString(), durationMinutes: 5 }, 400],
      [{ startsAt: at(20).toISOString(), durationMinutes: "long" }, 400],
      [[], 400],
      [{ startsAt: at(16, 10).toISOString() }, 409],
    ];
    for (const [body, status] of cases) {
      const response = await callRoute(move, { params: path, headers: made.supervisor.headers, body });
      expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), status]);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const ok = { startsAt: at(20).toISOString() };
    expect((await callRoute(move, { params: path, headers: made.tutor.headers, body: ok })).status).toBe(403);
    expect((await callRoute(move, { params: path, headers: made.student.headers, body: ok })).status).toBe(403);
    expect((await callRoute(move, { params: path, headers: side.universityAdmin.headers, body: ok })).status).toBe(403);
    const stranger = await createInternship(side);
    expect((await callRoute(move, { params: path, headers: stranger.supervisor.headers, body: ok })).status).toBe(404);
    expect(
      (await callRoute(move, { params: { ...path, visitId: "nope" }, headers: made.supervisor.headers, body: ok }))
        .status,
    ).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("cancels a visit: METHOD:CANCEL under the same UID, everyone told once; twice is a 409", async () => {
    const made = await createInternship(side);
    const path = await scheduled(made, 11);
    const parties = [made.student.user.id, made.tutor.user.id, made.supervisor.user.id].sort();
    expect((await callRoute(cancel, { params: path, headers: made.tutor.headers })).status).toBe(403);
    const done = await callRoute(cancel, { params: path, headers: made.supervisor.headers });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "CANCELLED", sequence: 2 });
    await settleWorkflows();
    expect(await toldOf(path.visitId, "cancelled")).toEqual(parties);
    expect(await db.emailMessage.count({ where: { template: "internshipVisitCancelled" } })).toBe(3);
    expect(await notifyVisitChange(path.visitId, 2, "cancelled")).toEqual({ told: 0 });

    const calendar = parseIcs((await ics(path, made.student.headers)).text);
    const event = eventsOf(calendar)[0]!;
    expect(valueOf(calendar, "METHOD")).toBe("CANCEL");
    expect(valueOf(event, "STATUS")).toBe("CANCELLED");
    expect(valueOf(event, "SEQUENCE")).toBe("2");
    expect(valueOf(event, "UID")).toBe(`visit-${path.visitId}@localhost`);

    const before = await counts();
    const again = await callRoute(cancel, { params: path, headers: made.supervisor.headers });
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
    const late = await callRoute(move, {
      params: path,
      headers: made.supervisor.headers,
      body: { startsAt: at(30).toISOString() },
    });
    expect(late.status).toBe(409);
    expect(await counts()).toEqual(before);
  });
});

describe("the reminder the day before", () => {
  it("reminds everyone of a visit within 24 hours once, and again after a move", async () => {
    const made = await createInternship(side);
    const path = await scheduled(made, 3);
    const later = await createInternship(side);
    await scheduled(later, 5);
    const parties = [made.student.user.id, made.tutor.user.id, made.supervisor.user.id].sort();
    // The day before: 20 hours ahead of the visit.
    const dayBefore = new Date(at(3).getTime() - 20 * HOUR);
    expect(await sendVisitReminders(dayBefore)).toEqual({ reminded: 1 });
    expect(await toldOf(path.visitId, "reminder")).toEqual(parties);
    expect(await db.emailMessage.count({ where: { template: "internshipVisitReminder" } })).toBe(3);
    // Idempotent: a second run (or a retried step) tells no one again.
    expect(await sendVisitReminders(dayBefore)).toEqual({ reminded: 0 });
    expect(await sendVisitReminders(new Date(dayBefore.getTime() + HOUR))).toEqual({ reminded: 0 });
    expect((await toldOf(path.visitId, "reminder")).length).toBe(3);

    // Moved to a later day, it is owed a reminder for its new date.
    const moved = await callRoute(move, {
      params: path,
      headers: made.supervisor.headers,
      body: { startsAt: at(8).toISOString() },
    });
    expect(moved.status).toBe(200);
    expect(await sendVisitReminders(dayBefore)).toEqual({ reminded: 0 });
    expect(await sendVisitReminders(new Date(at(8).getTime() - 10 * HOUR))).toEqual({ reminded: 1 });
    expect((await toldOf(path.visitId, "reminder")).length).toBe(6);
  });

  it("runs every 15 minutes among the scheduled workflows", () => {
    expect(scheduledWorkflows.map((w) => [w.id, w.cron])).toContainEqual(["remind-visits", "*/15 * * * *"]);
  });
});

describe("a tutor without an account", () => {
  it("gets the visit's invitation through the signed link of their e-mail, and nothing else opens it", async () => {
    const made = await createInternship(side);
    await db.internship.update({ where: { id: made.internshipId }, data: { tutorMemberId: null } });
    await db.agreement.update({
      where: { id: made.agreementId },
      data: { tutorName: "Dominique Externe", tutorEmail: "dominique.externe@example.test" },
    });
    const path = await scheduled(made, 9, "student");
    const mail = await db.emailMessage.findFirstOrThrow({
      where: { to: "dominique.externe@example.test", template: "internshipVisitScheduled" },
    });
    const url = mail.text.match(/https?:\/\/\S+invite\.ics\?sig=[\w-]+/)?.[0];
    expect(url).toBeDefined();
    const query = new URL(url!).search;

    const opened = await ics(path, {}, query);
    expect(opened.status).toBe(200);
    expect(opened.type).toContain("text/calendar");
    const event = eventsOf(parseIcs(opened.text))[0]!;
    expect(valueOf(event, "UID")).toBe(`visit-${path.visitId}@localhost`);
    expect(event.properties.filter((p) => p.name === "ATTENDEE").map((p) => p.value.toLowerCase())).toContain(
      "mailto:dominique.externe@example.test",
    );

    // Without the link: sign in; with an altered one, or another visit's: unknown.
    expect((await ics(path)).status).toBe(401);
    expect((await ics(path, {}, query.slice(0, -2) + "xx")).status).toBe(404);
    const another = await scheduled(await createInternship(side), 13);
    expect((await ics({ ...another, id: another.id }, {}, query)).status).toBe(404);
    expect((await ics(path, {}, `?sig=${"a".repeat(5000)}`)).status).toBe(404);

    // Moved: the tutor's e-mail carries the link again, and it opens the new version.
    expect(
      (
        await callRoute(move, {
          params: path,
          headers: made.supervisor.headers,
          body: { startsAt: at(14).toISOString() },
        })
      ).status,
    ).toBe(200);
    await settleWorkflows();
    expect(
      await db.emailMessage.count({
        where: { to: "dominique.externe@example.test", template: "internshipVisitMoved" },
      }),
    ).toBe(1);
    expect(valueOf(eventsOf(parseIcs((await ics(path, {}, query)).text))[0]!, "SEQUENCE")).toBe("2");

    // Another tutor named on the agreement: the old link stops opening.
    await db.agreement.update({ where: { id: made.agreementId }, data: { tutorEmail: "autre@example.test" } });
    expect((await ics(path, {}, query)).status).toBe(404);
  });
});
