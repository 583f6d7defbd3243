import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { getCalendarFeed } from "@/lib/calendar/get-calendar-feed";
import { renewCalendarFeed } from "@/lib/calendar/renew-calendar-feed";
import { revokeCalendarFeed } from "@/lib/calendar/revoke-calendar-feed";
import { applicationIn, offerOf } from "@/tests/helpers/applications";
import { eventsOf, parseIcs, textOf, valueOf, type IcsComponent } from "@/tests/helpers/icalendar";
import { createInternship, internshipSides, utcDay } from "@/tests/helpers/internships";
import { GET as signatureIcs } from "../agreements/[id]/signature.ics/route";
import { GET as feed } from "./feed/[token]/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

type Sides = Awaited<ReturnType<typeof internshipSides>>;
type Made = Awaited<ReturnType<typeof createInternship>>;
let side: Sides;
let made: Made;
let other: Made;
let bookingId: string;
let otherBookingId: string;
let visitId: string;
let appliedOfferId: string;
let savedOfferId: string;
let strangerOfferId: string;
let interviewOffer: string;

/** The next 1 July, 07:00 UTC: 09:00 in Paris (summer time, UTC+2). */
const nextJuly = () => {
  const now = new Date();
  const year = now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return new Date(Date.UTC(year, 6, 1, 7, 0));
};
/** The next 15 January, 08:00 UTC: 09:00 in Paris (winter time, UTC+1). */
const nextJanuary = () => new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 15, 8, 0));
const icsStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const icsDay = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, "");

async function bookingFor(studentId: string, enterpriseId: string, startsAt: Date) {
  const offerId = await offerOf(enterpriseId);
  const applicationId = await applicationIn("INTERVIEW", offerId, studentId);
  const slot = await db.interviewSlot.create({
    data: { offerId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), location: "Lyon, salle 2" },
  });
  const booking = await db.interviewBooking.create({ data: { slotId: slot.id, applicationId, sequence: 2 } });
  return { id: booking.id, offerId };
}

async function read(token: string) {
  const response = await feed(
    new Request(`http://localhost:3000/api/v1/calendar/feed/${encodeURIComponent(token.toWellFormed())}`),
    {
      params: Promise.resolve({ token }) as Promise<never>,
    },
  );
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}
const tokenOf = (url: string) => url.split("/").pop()!;
const uids = (calendar: IcsComponent) => eventsOf(calendar).map((e) => valueOf(e, "UID")!);
const byUid = (calendar: IcsComponent, prefix: string) =>
  eventsOf(calendar).find((e) => valueOf(e, "UID")!.startsWith(prefix));

beforeAll(async () => {
  side = await internshipSides();
  made = await createInternship(side, { startDate: utcDay(-20), endDate: utcDay(40) });
  other = await createInternship(side);
  let interviewOfferId: string;
  ({ id: bookingId, offerId: interviewOfferId } = await bookingFor(
    made.student.actor.studentId!,
    side.enterpriseId,
    nextJuly(),
  ));
  interviewOffer = interviewOfferId;
  otherBookingId = (await bookingFor(other.student.actor.studentId!, side.enterpriseId, nextJuly())).id;
  appliedOfferId = await offerOf(side.enterpriseId, { title: "Stage data, Lyon; équipe R&D", deadline: utcDay(10) });
  await applicationIn("SUBMITTED", appliedOfferId, made.student.actor.studentId!);
  savedOfferId = await offerOf(side.enterpriseId, { title: "Stage UX", deadline: utcDay(20) });
  await db.favourite.create({ data: { studentId: made.student.actor.studentId!, offerId: savedOfferId } });
  // Another student's deadline: never in the first student's feed.
  strangerOfferId = await offerOf(side.enterpriseId, { title: "Stage inconnu", deadline: utcDay(15) });
  await applicationIn("SUBMITTED", strangerOfferId, other.student.actor.studentId!);
  const start = nextJanuary();
  visitId = (
    await db.supervisorVisit.create({
      data: {
        internshipId: made.internshipId,
        supervisorId: made.supervisor.actor.university!.staffId,
        status: "SCHEDULED",
        plannedAt: start,
        endsAt: new Date(start.getTime() + 5_400_000),
        location: "12 rue des Lilas, Lyon",
        sequence: 3,
      },
    })
  ).id;
});

describe("the calendar feed", () => {
  it("gives a student their interviews, deadlines, visits and evaluations, as strict RFC 5545", async () => {
    const view = await renewCalendarFeed(made.student.actor);
    expect(view.url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/calendar\/feed\/[\w-]{43}\.ics$/);
    expect(view.webcalUrl).toBe(view.url.replace("http:", "webcal:"));
    // Only the digest is stored, never the token.
    const row = await db.calendarFeed.findUniqueOrThrow({ where: { userId: made.student.user.id } });
    expect(JSON.stringify(row)).not.toContain(tokenOf(view.url).replace(".ics", ""));

    const answer = await read(tokenOf(view.url));
    expect(answer.status).toBe(200);
    expect(answer.type).toBe("text/calendar; charset=utf-8");
    const calendar = parseIcs(answer.text);
    expect(valueOf(calendar, "METHOD")).toBeUndefined();

    const host = "localhost";
    expect(uids(calendar).sort()).toEqual(
      [
        `interview-${bookingId}@${host}`,
        // The offer of the interview: its application is alive, so its deadline is there too.
        `application-deadline-${interviewOffer}@${host}`,
        `application-deadline-${appliedOfferId}@${host}`,
        `application-deadline-${savedOfferId}@${host}`,
        `visit-${visitId}@${host}`,
        `evaluation-${made.internshipId}-student_self@${host}`,
        `evaluation-${made.internshipId}-student_host@${host}`,
      ].sort(),
    );
    // The other student's interview and deadline never appear.
    expect(answer.text).not.toContain(otherBookingId);
    expect(answer.text).not.toContain(strangerOfferId);

    // Europe/Paris: 09:00 in summer is 07:00Z, 09:00 in winter 08:00Z; the description says it in Paris time.
    const interview = byUid(calendar, "interview-")!;
    expect(valueOf(interview, "DTSTART")).toBe(icsStamp(nextJuly()));
    expect(valueOf(interview, "SEQUENCE")).toBe("2");
    expect(textOf(interview, "DESCRIPTION")).toMatch(/09:00 \(Europe\/Paris\)/);
    const visit = byUid(calendar, "visit-")!;
    expect(valueOf(visit, "DTSTART")).toBe(icsStamp(nextJanuary()));
    expect(valueOf(visit, "SEQUENCE")).toBe("3");
    expect(textOf(visit, "DESCRIPTION")).toMatch(/09:00 \(Europe\/Paris\)/);
    // Deadlines are whole days, with their text escaped and read back intact.
    const deadline = byUid(calendar, `application-deadline-${appliedOfferId}`)!;
    expect(deadline.properties.find((p) => p.name === "DTSTART")).toMatchObject({
      params: { VALUE: "DATE" },
      value: icsDay(utcDay(10)),
    });
    expect(textOf(deadline, "SUMMARY")).toContain("Stage data, Lyon; équipe R&D");
  });

  it("writes nothing when read, and gives the same bytes for the same data", async () => {
    const { url } = await renewCalendarFeed(made.student.actor);
    const before = await Promise.all([db.calendarFeed.findMany(), db.auditLog.count(), db.outboxEvent.count()]);
    const first = await read(tokenOf(url));
    const second = await read(tokenOf(url));
    expect(second.text).toBe(first.text);
    expect(await Promise.all([db.calendarFeed.findMany(), db.auditLog.count(), db.outboxEvent.count()])).toEqual(
      before,
    );
  });

  it("updates a moved visit under the same UID with a higher SEQUENCE", async () => {
    const { url } = await renewCalendarFeed(made.tutor.actor);
    const before = byUid(parseIcs((await read(tokenOf(url))).text), "visit-")!;
    const moved = new Date(nextJanuary().getTime() + 86_400_000);
    await db.supervisorVisit.update({
      where: { id: visitId },
      data: { plannedAt: moved, endsAt: new Date(moved.getTime() + 3_600_000), sequence: { increment: 1 } },
    });
    const after = byUid(parseIcs((await read(tokenOf(url))).text), "visit-")!;
    expect(valueOf(after, "UID")).toBe(valueOf(before, "UID"));
    expect(Number(valueOf(after, "SEQUENCE"))).toBe(Number(valueOf(before, "SEQUENCE")) + 1);
    expect(valueOf(after, "DTSTART")).toBe(icsStamp(moved));
  });

  it("gives an enterprise's members its own offers' deadlines and its interviews, the tutor their evaluations", async () => {
    const { url } = await renewCalendarFeed(side.enterpriseAdmin.actor);
    const calendar = parseIcs((await read(tokenOf(url))).text);
    expect(uids(calendar)).toContain(`offer-deadline-${appliedOfferId}@localhost`);
    expect(uids(calendar)).toContain(`interview-${bookingId}@localhost`);
    expect(uids(calendar)).toContain(`interview-${otherBookingId}@localhost`);
    // An admin takes no part in the visits and evaluations of the enterprise's interns.
    expect(uids(calendar).filter((uid) => /^(visit|evaluation)-/.test(uid))).toEqual([]);

    const outsider = await internshipSides();
    const theirs = parseIcs((await read(tokenOf((await renewCalendarFeed(outsider.enterpriseAdmin.actor)).url))).text);
    expect(eventsOf(theirs)).toEqual([]);

    const tutor = parseIcs((await read(tokenOf((await renewCalendarFeed(made.tutor.actor)).url))).text);
    expect(
      uids(tutor)
        .filter((uid) => uid.startsWith("evaluation-"))
        .sort(),
    ).toEqual([
      `evaluation-${made.internshipId}-tutor_final@localhost`,
      `evaluation-${made.internshipId}-tutor_midterm@localhost`,
    ]);
  });

  it("gives a supervisor their visits and evaluation, and a signer the signature due", async () => {
    const supervisor = parseIcs((await read(tokenOf((await renewCalendarFeed(made.supervisor.actor)).url))).text);
    expect(uids(supervisor)).toEqual(
      expect.arrayContaining([`visit-${visitId}@localhost`, `evaluation-${made.internshipId}-supervisor@localhost`]),
    );
    // An agreement waiting for the university's validation, due in 5 days.
    const offerId = await offerOf(side.enterpriseId);
    const applicationId = await applicationIn("ACCEPTED", offerId, other.student.actor.studentId!);
    const agreement = await db.agreement.create({
      data: {
        applicationId,
        studentId: other.student.actor.studentId!,
        enterpriseId: side.enterpriseId,
        universityId: side.universityId,
        status: "SIGNING",
        startDate: utcDay(30),
        endDate: utcDay(120),
        steps: {
          create: [
            { order: 1, party: "STUDENT", status: "SIGNED", signerUserId: other.student.user.id, signedAt: new Date() },
            { order: 2, party: "UNIVERSITY_VALIDATOR", deadline: utcDay(5) },
          ],
        },
      },
      select: { id: true, steps: { where: { order: 2 }, select: { id: true } } },
    });
    const admin = parseIcs((await read(tokenOf((await renewCalendarFeed(side.universityAdmin.actor)).url))).text);
    const due = byUid(admin, "signature-")!;
    expect(valueOf(due, "UID")).toBe(`signature-${agreement.steps[0]!.id}@localhost`);
    expect(valueOf(due, "DTSTART")).toBe(icsDay(utcDay(5)));
    // The same event as a file to add to a calendar, for the signer whose turn it is, and no one else.
    const file = async (id: string, headers: Record<string, string>) => {
      const response = await signatureIcs(
        new Request(`http://localhost:3000/api/v1/agreements/${id}/signature.ics`, { headers }),
        { params: Promise.resolve({ id }) as Promise<never> },
      );
      return { status: response.status, text: await response.text() };
    };
    const own = await file(agreement.id, side.universityAdmin.headers);
    expect(own.status).toBe(200);
    expect(eventsOf(parseIcs(own.text)).map((e) => valueOf(e, "UID"))).toEqual([
      `signature-${agreement.steps[0]!.id}@localhost`,
    ]);
    expect((await file(agreement.id, other.student.headers)).status).toBe(404);
    expect((await file(agreement.id, made.supervisor.headers)).status).toBe(404);
    expect((await file(agreement.id, {})).status).toBe(401);
    expect((await file("x".repeat(100), side.universityAdmin.headers)).status).toBe(404);
    // The student who signed already has nothing due.
    const student = parseIcs((await read(tokenOf((await renewCalendarFeed(other.student.actor)).url))).text);
    expect(uids(student).filter((uid) => uid.startsWith("signature-"))).toEqual([]);
  });

  it("answers 404 to a renewed or revoked token, and the new one works", async () => {
    const first = tokenOf((await renewCalendarFeed(made.student.actor)).url);
    const renewed = await renewCalendarFeed(made.student.actor);
    expect(tokenOf(renewed.url)).not.toBe(first);
    expect(await getCalendarFeed(made.student.actor)).toEqual(renewed);
    const old = await read(first);
    expect(old.status).toBe(404);
    expect(old.type).toBe("application/problem+json");
    expect((await read(tokenOf(renewed.url))).status).toBe(200);

    expect(await revokeCalendarFeed(made.student.actor)).toBeNull();
    expect(await getCalendarFeed(made.student.actor)).toBeNull();
    expect((await read(tokenOf(renewed.url))).status).toBe(404);
    expect(
      await db.auditLog.count({ where: { actorId: made.student.user.id, entity: "CalendarFeed" } }),
    ).toBeGreaterThan(2);
  });

  it("answers 404, never 500, to junk tokens, and to a disabled account's", async () => {
    const junk = [
      "x",
      "a".repeat(43),
      "a".repeat(43) + ".ics",
      "a".repeat(5000),
      "../../auth/me",
      "%00",
      "\u0000".repeat(43),
      "é".repeat(43),
      "\ud800abc",
      "",
    ];
    for (const token of junk) {
      const answer = await read(token);
      expect(answer.status, JSON.stringify(token)).toBe(404);
      expect(answer.type).toBe("application/problem+json");
    }
    const { url } = await renewCalendarFeed(other.tutor.actor);
    await db.user.update({ where: { id: other.tutor.user.id }, data: { disabledAt: new Date() } });
    expect((await read(tokenOf(url))).status).toBe(404);
  });
});

describe("the strict iCalendar reader of these tests", () => {
  const good =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260102\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  it("accepts a minimal calendar and refuses what RFC 5545 refuses", () => {
    expect(eventsOf(parseIcs(good))).toHaveLength(1);
    expect(() => parseIcs(good.replace(/\r\n/g, "\n"))).toThrow(/CRLF/);
    expect(() => parseIcs(good.replace("UID:a@b\r\n", ""))).toThrow(/UID/);
    expect(() => parseIcs(good.replace("VERSION:2.0\r\n", ""))).toThrow(/VERSION/);
    expect(() => parseIcs(good.replace("PRODID:-//x//y//EN\r\n", ""))).toThrow(/PRODID/);
    expect(() => parseIcs(good.replace("DTSTAMP:20260101T000000Z", "DTSTAMP:20260101T000000"))).toThrow(/DTSTAMP/);
    expect(() => parseIcs(good.replace("UID:a@b", `UID:${"a".repeat(80)}`))).toThrow(/octets/);
    expect(() => parseIcs(good.replace("UID:a@b", "UID:a@b\r\nSUMMARY:a, b"))).toThrow(/unescaped/);
    expect(() => parseIcs(good.replace("END:VEVENT\r\n", ""))).toThrow();
  });
});
