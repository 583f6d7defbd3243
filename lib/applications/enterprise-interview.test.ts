import { describe, expect, it } from "vitest";
import { tellInterviewCancelled } from "@/inngest/functions/interview-notifications";
import type { AppEvent } from "@/inngest/events";
import { runLocally } from "@/inngest/local-runner";
import type { Workflow } from "@/inngest/workflow";
import { db } from "@/lib/core/db";
import type { AppError } from "@/lib/core/errors";
import { applicationIn, enterpriseWithOffer, memberOf, studentWithCv } from "@/tests/helpers/applications";
import { bookInterviewSlot } from "./book-interview-slot";
import { cancelInterviewBooking } from "./cancel-interview-booking";
import { changeApplicationStatus } from "./change-application-status";
import { interviewInvite } from "./interview-invite";
import { recordInterviewOutcome } from "./record-interview-outcome";
import { withdrawApplication } from "./withdraw-application";

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => error,
  );

async function slotAt(offerId: string, startsAt: Date) {
  const slot = await db.interviewSlot.create({
    data: {
      offerId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      location: "Salle Confluence",
      minNoticeMinutes: 60,
    },
  });
  return slot.id;
}

async function booked(startsIn = 72) {
  const enterprise = await enterpriseWithOffer({ title: "Stage UX" });
  const student = await studentWithCv();
  const applicationId = await applicationIn("SHORTLISTED", enterprise.offerId, student.studentId);
  const slotId = await slotAt(enterprise.offerId, inHours(72));
  const booking = await bookInterviewSlot(student.actor, slotId, { applicationId });
  if (startsIn !== 72) {
    // An interview that has started: move its slot into the past.
    await db.interviewSlot.update({
      where: { id: slotId },
      data: { startsAt: inHours(startsIn), endsAt: inHours(startsIn + 0.5) },
    });
  }
  return { enterprise, student, applicationId, booking };
}

describe("the enterprise cancels an interview", () => {
  it("raises the SEQUENCE, cancels the invitation and tells the student with its message, once", async () => {
    const { enterprise, student, booking } = await booked();
    const recruiter = await memberOf(enterprise.enterpriseId, "RECRUITER");
    const cancelled = await cancelInterviewBooking(recruiter.actor, booking.id, {
      message: "Notre tutrice est absente ce jour-là, nous vous proposons un autre créneau.",
    });
    expect(cancelled).toMatchObject({ status: "CANCELLED", sequence: booking.sequence + 1 });
    expect(cancelled.cancellationNote).toBe(
      "Notre tutrice est absente ce jour-là, nous vous proposons un autre créneau.",
    );
    const { ics } = await interviewInvite(student.actor, booking.id);
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain(`SEQUENCE:${booking.sequence + 1}`);
    expect(ics).toContain(`UID:interview-${booking.id}@`);

    const [row] = await db.outboxEvent.findMany({
      where: { name: "interview.cancelled", data: { path: ["bookingId"], equals: booking.id } },
    });
    expect(row!.data).toEqual({ bookingId: booking.id, sequence: booking.sequence + 1 });
    const event = { id: row!.id, name: row!.name, data: row!.data } as AppEvent<"interview.cancelled">;
    await runLocally([tellInterviewCancelled as unknown as Workflow], event);
    await runLocally([tellInterviewCancelled as unknown as Workflow], event); // a duplicate delivery
    const emails = await db.emailMessage.findMany({
      where: { to: student.user.email, template: "interview-cancelled" },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain("Notre tutrice est absente ce jour-là");
    const inApp = await db.notification.findMany({ where: { userId: student.user.id, type: "interviews" } });
    expect(inApp).toHaveLength(1);
    expect(inApp[0]!.body).toContain("Notre tutrice est absente ce jour-là");
  });

  it("keeps no message when the student cancels, and clears the enterprise's when booked again", async () => {
    const { enterprise, student, applicationId, booking } = await booked();
    await cancelInterviewBooking(enterprise.actor, booking.id, { message: "Empêchement." });
    const again = await bookInterviewSlot(student.actor, await slotAt(enterprise.offerId, inHours(96)), {
      applicationId,
    });
    expect(again).toMatchObject({ status: "BOOKED", sequence: booking.sequence + 2, cancellationNote: null });
    const own = await cancelInterviewBooking(student.actor, booking.id, { message: "ignored" });
    expect(own).toMatchObject({ status: "CANCELLED", cancellationNote: null });
  });

  it("is refused to other enterprises and tutors, and a message too long is refused, leaving the booking", async () => {
    const { enterprise, booking } = await booked();
    const other = await enterpriseWithOffer();
    const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
    expect(await failure(cancelInterviewBooking(other.actor, booking.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(cancelInterviewBooking(tutor.actor, booking.id))).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(cancelInterviewBooking(enterprise.actor, booking.id, { message: "x".repeat(2001) })),
    ).toMatchObject({ code: "VALIDATION", details: { fieldErrors: { message: { key: "tooLong" } } } });
    expect(await db.interviewBooking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: "BOOKED",
      sequence: booking.sequence,
    });
  });
});

describe("the interview's outcome", () => {
  it("is recorded by the offer's admins and recruiters only, once the interview has started", async () => {
    const { enterprise, student, booking } = await booked(-1);
    const other = await enterpriseWithOffer();
    const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
    const recruiter = await memberOf(enterprise.enterpriseId, "RECRUITER");
    const input = { outcome: "DONE", notes: "Très bon échange." };
    expect(await failure(recordInterviewOutcome(other.actor, booking.id, input))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(recordInterviewOutcome(tutor.actor, booking.id, input))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(recordInterviewOutcome(student.actor, booking.id, input))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.interviewBooking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: "BOOKED",
      outcomeAt: null,
    });

    const done = await recordInterviewOutcome(recruiter.actor, booking.id, input);
    expect(done).toMatchObject({ status: "DONE", outcomeNotes: "Très bon échange." });
    expect(done.outcomeAt).not.toBeNull();
    const noShow = await recordInterviewOutcome(enterprise.actor, booking.id, { outcome: "NO_SHOW" });
    expect(noShow).toMatchObject({ status: "NO_SHOW", outcomeNotes: null });
  });

  it("waits for the interview to start", async () => {
    const { enterprise, booking } = await booked();
    expect(await failure(recordInterviewOutcome(enterprise.actor, booking.id, { outcome: "DONE" }))).toMatchObject({
      code: "CONFLICT",
      reason: { key: "interviewNotStarted" },
    });
  });
});

describe("a decided application keeps no interview", () => {
  const cancelEvents = (bookingId: string) =>
    db.outboxEvent.count({ where: { name: "interview.cancelled", data: { path: ["bookingId"], equals: bookingId } } });

  it("cancels the upcoming booking when the enterprise declines, or the student withdraws", async () => {
    const declined = await booked();
    await changeApplicationStatus(declined.enterprise.actor, declined.applicationId, {
      status: "REJECTED",
      reason: "PROFILE_NOT_MATCHING",
    });
    expect(await db.interviewBooking.findUniqueOrThrow({ where: { id: declined.booking.id } })).toMatchObject({
      status: "CANCELLED",
      sequence: declined.booking.sequence + 1,
    });
    expect(await cancelEvents(declined.booking.id)).toBe(1);

    const withdrawn = await booked();
    await withdrawApplication(withdrawn.student.actor, withdrawn.applicationId, {
      reason: "J'ai trouvé un autre stage.",
    });
    expect(await db.interviewBooking.findUniqueOrThrow({ where: { id: withdrawn.booking.id } })).toMatchObject({
      status: "CANCELLED",
    });
    expect(await cancelEvents(withdrawn.booking.id)).toBe(1);
  });

  it("leaves a past interview as it happened", async () => {
    const { enterprise, applicationId, booking } = await booked(-2);
    await changeApplicationStatus(enterprise.actor, applicationId, { status: "REJECTED", reason: "OTHER" });
    expect(await db.interviewBooking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: "BOOKED",
      sequence: booking.sequence,
    });
    expect(await cancelEvents(booking.id)).toBe(0);
  });
});
