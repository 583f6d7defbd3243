import { beforeEach, describe, expect, it, vi } from "vitest";
import { bookInterviewSlot } from "@/lib/applications/book-interview-slot";
import { db } from "@/lib/core/db";
import type { AppError } from "@/lib/core/errors";
import {
  applicationIn,
  enterpriseWithOffer,
  memberOf,
  settleWorkflows,
  studentWithCv,
} from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { DELETE as cancel } from "../bookings/[id]/route";
import { GET as invite } from "../bookings/[id]/invite.ics/route";
import { PUT as outcome } from "../bookings/[id]/outcome/route";
import { GET as listSlots, POST as publish } from "../offers/[id]/slots/route";
import { POST as book } from "./[id]/bookings/route";
import { DELETE as deleteSlot } from "./[id]/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Headers = Record<string, string>;
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000);
const slotBody = (data: Record<string, unknown> = {}) => ({
  startsAt: inHours(72).toISOString(),
  durationMinutes: 45,
  location: "12 rue de la République, Lyon",
  timeZone: "Europe/Paris",
  ...data,
});
const post = (headers: Headers, offerId: string, body: unknown) =>
  callRoute(publish, { params: { id: offerId }, body, headers });
const slotsOf = (headers: Headers, offerId: string) =>
  callRoute(listSlots, { method: "GET", params: { id: offerId }, headers });
const bookSlot = (headers: Headers, slotId: string, applicationId: string) =>
  callRoute(book, { params: { id: slotId }, body: { applicationId }, headers });
const cancelBooking = (headers: Headers, id: string) =>
  callRoute(cancel, { method: "DELETE", params: { id }, headers });

/** The raw text of the invitation (callRoute parses JSON only). */
async function ics(headers: Headers, id: string) {
  const response = await invite(new Request("http://localhost:3000/api/v1/bookings/x/invite.ics", { headers }), {
    params: Promise.resolve({ id }) as Promise<never>,
  });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

/** A slot written straight to the database (past or close slots cannot be published through the API). */
const slotAt = (offerId: string, startsAt: Date, data: { capacity?: number; minNoticeMinutes?: number } = {}) =>
  db.interviewSlot
    .create({
      data: { offerId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), location: "Lyon", ...data },
    })
    .then((slot) => slot.id);

const fieldsOf = (problem: { errors?: { field: string }[] }) => (problem.errors ?? []).map((error) => error.field);

/** The names of the interview events of one booking, oldest first. */
const interviewEvents = async (bookingId: string) =>
  (
    await db.outboxEvent.findMany({
      where: { name: { startsWith: "interview." }, data: { path: ["bookingId"], equals: bookingId } },
      orderBy: { createdAt: "asc" },
      select: { name: true },
    })
  ).map((event) => event.name);

/** Row counts of what an interview write touches, once the workflows of earlier calls are done. */
async function counts() {
  await settleWorkflows();
  const [slots, bookings, changes, events, audit] = await Promise.all([
    db.interviewSlot.count(),
    db.interviewBooking.count(),
    db.applicationStatusChange.count(),
    db.outboxEvent.count(),
    db.auditLog.count(),
  ]);
  return { slots, bookings, changes, events, audit };
}

/** An enterprise with an offer, a slot in three days, and a shortlisted student. */
async function shortlisted(slot: Record<string, unknown> = {}) {
  const enterprise = await enterpriseWithOffer();
  const published = await post(enterprise.headers, enterprise.offerId, slotBody(slot));
  expect(published.status).toBe(201);
  const student = await studentWithCv();
  const applicationId = await applicationIn("SHORTLISTED", enterprise.offerId, student.studentId);
  return { enterprise, student, applicationId, slotId: published.body.id as string };
}

describe("publishing slots", () => {
  it("lets the offer's admins and recruiters publish, and shows the slot in the zone chosen", async () => {
    const { offerId, enterpriseId, headers } = await enterpriseWithOffer();
    const startsAt = inHours(48);
    const created = await post(headers, offerId, slotBody({ startsAt: startsAt.toISOString(), capacity: 3 }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      offerId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
      timeZone: "Europe/Paris",
      capacity: 3,
      minNoticeMinutes: 1440,
      placesLeft: 3,
      bookingClosesAt: new Date(startsAt.getTime() - 86_400_000).toISOString(),
    });
    const recruiter = await memberOf(enterpriseId, "RECRUITER");
    const second = await post(
      recruiter.headers,
      offerId,
      slotBody({ startsAt: inHours(96).toISOString(), location: null, meetingUrl: "https://meet.example.test/abc" }),
    );
    expect(second.status).toBe(201);
    expect((await slotsOf(headers, offerId)).body).toHaveLength(2);
  });

  it("refuses tutors, other enterprises and students, writing nothing", async () => {
    const { offerId, enterpriseId } = await enterpriseWithOffer();
    const tutor = await memberOf(enterpriseId, "TUTOR");
    const other = await enterpriseWithOffer();
    const student = await studentWithCv();
    const before = await counts();
    expect((await post(tutor.headers, offerId, slotBody())).status).toBe(403);
    expect((await post(other.headers, offerId, slotBody())).status).toBe(404);
    expect((await post(student.headers, offerId, slotBody())).status).toBe(403);
    expect((await slotsOf(other.headers, offerId)).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["no place nor link", slotBody({ location: null }), 400, "location"],
    ["capacity 0", slotBody({ capacity: 0 }), 400, "capacity"],
    ["a start in the past", slotBody({ startsAt: inHours(-1).toISOString() }), 400, "startsAt"],
    ["a start that is no date", slotBody({ startsAt: "tomorrow-ish" }), 400, "startsAt"],
    ["a link that is not https", slotBody({ location: null, meetingUrl: "javascript:alert(1)" }), 400, "meetingUrl"],
    ["an unknown time zone", slotBody({ timeZone: "Mars/Olympus" }), 400, "timeZone"],
    ["a duration of 5 minutes", slotBody({ durationMinutes: 5 }), 400, "durationMinutes"],
    ["a negative buffer", slotBody({ bufferMinutes: -5 }), 400, "bufferMinutes"],
  ])("answers %s with a problem naming the field, writing nothing", async (_, body, status, field) => {
    const { offerId, headers } = await enterpriseWithOffer();
    const before = await counts();
    const answer = await post(headers, offerId, body);
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toContain("application/problem+json");
    expect(fieldsOf(answer.body)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("refuses a slot within another's buffer", async () => {
    const { offerId, headers } = await enterpriseWithOffer();
    const start = inHours(72);
    expect((await post(headers, offerId, slotBody({ startsAt: start.toISOString() }))).status).toBe(201);
    const before = await counts();
    // 45 minutes long: a slot 50 minutes later with a 10-minute buffer is too close.
    const close = await post(
      headers,
      offerId,
      slotBody({ startsAt: new Date(start.getTime() + 50 * 60_000).toISOString(), bufferMinutes: 10 }),
    );
    expect(close.status).toBe(409);
    expect(close.body.slotIds).toHaveLength(1);
    expect(await counts()).toEqual(before);
    const later = slotBody({ startsAt: new Date(start.getTime() + 60 * 60_000).toISOString(), bufferMinutes: 10 });
    expect((await post(headers, offerId, later)).status).toBe(201);
  });
});

describe("booking", () => {
  it("books a slot, moves the application to INTERVIEW, and tells both sides by event", async () => {
    const { enterprise, student, applicationId, slotId } = await shortlisted();
    const open = await slotsOf(student.headers, enterprise.offerId);
    expect(open.status).toBe(200);
    expect(open.body).toEqual([expect.objectContaining({ id: slotId, placesLeft: 1 })]);
    expect(open.body[0].bookings).toBeUndefined();

    const booked = await bookSlot(student.headers, slotId, applicationId);
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ applicationId, slotId, status: "BOOKED", sequence: 0 });
    const application = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application.status).toBe("INTERVIEW");
    const history = await db.applicationStatusChange.findMany({ where: { applicationId } });
    expect(history).toMatchObject([{ fromStatus: "SHORTLISTED", toStatus: "INTERVIEW" }]);
    expect(await interviewEvents(booked.body.id)).toEqual(["interview.booked"]);
    // The enterprise sees who booked; the slot is now full for others.
    const seen = await slotsOf(enterprise.headers, enterprise.offerId);
    expect(seen.body[0]).toMatchObject({ placesLeft: 0, bookings: [{ applicationId, status: "BOOKED" }] });
    // The same slot again: refused.
    expect((await bookSlot(student.headers, slotId, applicationId)).status).toBe(409);
  });

  it("refuses an application that is not shortlisted, another student's, and another offer's slot", async () => {
    const { enterprise, slotId } = await shortlisted({ capacity: 5 });
    const submittedStudent = await studentWithCv();
    const submitted = await applicationIn("SUBMITTED", enterprise.offerId, submittedStudent.studentId);
    const other = await studentWithCv();
    const othersApplication = await applicationIn("SHORTLISTED", enterprise.offerId, other.studentId);
    const elsewhere = await shortlisted();
    const before = await counts();
    const refused = await bookSlot(submittedStudent.headers, slotId, submitted);
    expect(refused.status).toBe(409);
    expect(refused.body.title).toMatch(/shortlisted/i);
    expect((await slotsOf(submittedStudent.headers, enterprise.offerId)).status).toBe(404);
    expect((await bookSlot(submittedStudent.headers, slotId, othersApplication)).status).toBe(404);
    expect((await bookSlot(other.headers, elsewhere.slotId, othersApplication)).status).toBe(404);
    expect((await bookSlot(enterprise.headers, slotId, othersApplication)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("refuses bad inputs with a 4xx problem, writing nothing", async () => {
    const { student, slotId } = await shortlisted();
    const before = await counts();
    const missing = await callRoute(book, { params: { id: slotId }, body: {}, headers: student.headers });
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)).toEqual(["applicationId"]);
    const notJson = await callRoute(book, { params: { id: slotId }, rawBody: "{", headers: student.headers });
    expect(notJson.status).toBe(400);
    expect((await bookSlot(student.headers, "no-such-slot", "no-such-application")).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("closes booking at the slot's notice cut-off, and when the slot is full", async () => {
    const enterprise = await enterpriseWithOffer();
    const soon = await slotAt(enterprise.offerId, inHours(2)); // 24 h notice by default: too late
    const full = await slotAt(enterprise.offerId, inHours(72), { capacity: 1 });
    const first = await studentWithCv();
    const second = await studentWithCv();
    const a = await applicationIn("SHORTLISTED", enterprise.offerId, first.studentId);
    const b = await applicationIn("INTERVIEW", enterprise.offerId, second.studentId);
    const late = await bookSlot(first.headers, soon, a);
    expect(late.status).toBe(409);
    expect(late.body.title).toMatch(/too late/i);
    expect((await slotsOf(first.headers, enterprise.offerId)).body.map((slot: { id: string }) => slot.id)).toEqual([
      full,
    ]);
    expect((await bookSlot(first.headers, full, a)).status).toBe(201);
    const none = await bookSlot(second.headers, full, b);
    expect(none.status).toBe(409);
    expect(none.body.title).toMatch(/no place left/i);
    expect(await db.interviewBooking.count({ where: { slotId: full } })).toBe(1);
    // INTERVIEW already: booking does not move the application again.
    expect(await db.applicationStatusChange.count({ where: { applicationId: b } })).toBe(0);
  });

  it("leaves exactly one booking when two students race for the last place", async () => {
    const enterprise = await enterpriseWithOffer();
    const slotId = await slotAt(enterprise.offerId, inHours(72), { capacity: 1 });
    const racers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const student = await studentWithCv();
        return { student, applicationId: await applicationIn("SHORTLISTED", enterprise.offerId, student.studentId) };
      }),
    );
    const results = await Promise.allSettled(
      racers.map(({ student, applicationId }) => bookInterviewSlot(student.actor, slotId, { applicationId })),
    );
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(3);
    for (const { reason } of lost) expect(reason).toMatchObject({ code: "CONFLICT" } satisfies Partial<AppError>);
    expect(await db.interviewBooking.count({ where: { slotId, status: "BOOKED" } })).toBe(1);
    expect(await db.application.count({ where: { offerId: enterprise.offerId, status: "INTERVIEW" } })).toBe(1);
  });
});

describe("moving, cancelling and the invitation", () => {
  it("keeps the UID and raises SEQUENCE on move and cancel, with METHOD:REQUEST then CANCEL", async () => {
    const { enterprise, student, applicationId, slotId } = await shortlisted();
    const later = await post(
      enterprise.headers,
      enterprise.offerId,
      slotBody({ startsAt: inHours(120).toISOString() }),
    );
    const booked = await bookSlot(student.headers, slotId, applicationId);
    const id = booked.body.id as string;

    const first = await ics(student.headers, id);
    expect(first.status).toBe(200);
    expect(first.type).toContain("text/calendar");
    expect(first.text).toContain("METHOD:REQUEST");
    expect(first.text).toContain("SEQUENCE:0");
    const uid = first.text.match(/^UID:(.+)$/m)?.[1].trim();
    expect(uid).toBe(`interview-${id}@localhost`);
    const start = new Date(booked.body.slot.startsAt).toISOString().replace(/[-:]|\.\d{3}/g, "");
    expect(first.text).toContain(`DTSTART:${start}`);

    const moved = await bookSlot(student.headers, later.body.id, applicationId);
    expect(moved.status).toBe(201);
    expect(moved.body).toMatchObject({ id, slotId: later.body.id, sequence: 1, status: "BOOKED" });
    const second = await ics(enterprise.headers, id);
    expect(second.text).toContain(`UID:${uid}`);
    expect(second.text).toContain("SEQUENCE:1");
    expect(second.text).toContain("METHOD:REQUEST");
    // The first slot has its place back.
    const slots = (await slotsOf(enterprise.headers, enterprise.offerId)).body as { id: string; placesLeft: number }[];
    expect(slots.find((slot) => slot.id === slotId)?.placesLeft).toBe(1);

    const cancelled = await cancelBooking(student.headers, id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "CANCELLED", sequence: 2 });
    const third = await ics(student.headers, id);
    expect(third.text).toContain(`UID:${uid}`);
    expect(third.text).toContain("SEQUENCE:2");
    expect(third.text).toContain("METHOD:CANCEL");
    expect(third.text).toContain("STATUS:CANCELLED");
    expect((await cancelBooking(student.headers, id)).status).toBe(409);

    // Booking again reuses the row: the calendar event comes back, newer.
    const again = await bookSlot(student.headers, slotId, applicationId);
    expect(again.body).toMatchObject({ id, sequence: 3, status: "BOOKED" });
    expect(await interviewEvents(id)).toEqual([
      "interview.booked",
      "interview.moved",
      "interview.cancelled",
      "interview.booked",
    ]);
  });

  it("lets the student cancel only before the cut-off, the enterprise until the start", async () => {
    const enterprise = await enterpriseWithOffer();
    const student = await studentWithCv();
    const applicationId = await applicationIn("INTERVIEW", enterprise.offerId, student.studentId);
    const slotId = await slotAt(enterprise.offerId, inHours(3));
    const booking = await db.interviewBooking.create({ data: { slotId, applicationId } });
    const before = await counts();
    expect((await cancelBooking(student.headers, booking.id)).status).toBe(409);
    expect(await counts()).toEqual(before);
    const done = await cancelBooking(enterprise.headers, booking.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "CANCELLED", sequence: 1 });
  });

  it("hides a booking and its invitation from other students and enterprises", async () => {
    const { enterprise, student, applicationId, slotId } = await shortlisted();
    const { body } = await bookSlot(student.headers, slotId, applicationId);
    const otherStudent = await studentWithCv();
    const otherEnterprise = await enterpriseWithOffer();
    const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
    expect((await ics(otherStudent.headers, body.id)).status).toBe(404);
    expect((await ics(otherEnterprise.headers, body.id)).status).toBe(404);
    expect((await ics({}, body.id)).status).toBe(401);
    expect((await ics(tutor.headers, body.id)).status).toBe(200);
    const before = await counts();
    expect((await cancelBooking(otherStudent.headers, body.id)).status).toBe(404);
    expect((await cancelBooking(otherEnterprise.headers, body.id)).status).toBe(404);
    expect((await cancelBooking(tutor.headers, body.id)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe("slots and outcomes", () => {
  it("deletes a slot nobody holds, and refuses one held or another enterprise's", async () => {
    const { enterprise, student, applicationId, slotId } = await shortlisted();
    const empty = await post(
      enterprise.headers,
      enterprise.offerId,
      slotBody({ startsAt: inHours(200).toISOString() }),
    );
    await bookSlot(student.headers, slotId, applicationId);
    const other = await enterpriseWithOffer();
    const remove = (headers: Headers, id: string) =>
      callRoute(deleteSlot, { method: "DELETE", params: { id }, headers });
    expect((await remove(other.headers, empty.body.id)).status).toBe(404);
    expect((await remove(enterprise.headers, slotId)).status).toBe(409);
    expect(await db.interviewSlot.count({ where: { offerId: enterprise.offerId } })).toBe(2);
    expect((await remove(enterprise.headers, empty.body.id)).status).toBe(204);
    expect(await db.interviewSlot.count({ where: { offerId: enterprise.offerId } })).toBe(1);
  });

  it("records the outcome once the interview has started", async () => {
    const enterprise = await enterpriseWithOffer();
    const student = await studentWithCv();
    const applicationId = await applicationIn("INTERVIEW", enterprise.offerId, student.studentId);
    const future = await db.interviewBooking.create({
      data: { slotId: await slotAt(enterprise.offerId, inHours(30)), applicationId },
    });
    const put = (headers: Headers, body: unknown) =>
      callRoute(outcome, { method: "PUT", params: { id: future.id }, body, headers });
    expect((await put(enterprise.headers, { outcome: "DONE" })).status).toBe(409);
    await db.interviewSlot.update({
      where: { id: future.slotId },
      data: { startsAt: inHours(-1), endsAt: inHours(-0.5) },
    });
    expect((await put(enterprise.headers, { outcome: "MAYBE" })).status).toBe(400);
    expect((await put(student.headers, { outcome: "DONE" })).status).toBe(403);
    expect((await put((await enterpriseWithOffer()).headers, { outcome: "DONE" })).status).toBe(404);
    const held = await put(enterprise.headers, { outcome: "NO_SHOW", notes: "Pas venu, pas prévenu." });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: "NO_SHOW", outcomeNotes: "Pas venu, pas prévenu." });
  });
});
