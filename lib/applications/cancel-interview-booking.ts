import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { bookingCutOff, bookingSelect, type BookingView } from "./interview-slot-view";
import { requireApplicationDecider } from "./policy";
import { cancelBookingSchema } from "./schemas";

/**
 * The student cancels their booking until the slot's notice cut-off; the offer's admins and
 * recruiters cancel it until the slot starts, with an optional message the student is told. The
 * row stays (UID kept, SEQUENCE + 1) so that the calendars receive a METHOD:CANCEL of the same event.
 */
export async function cancelInterviewBooking(
  actor: Actor | null,
  bookingId: string,
  input: unknown = {},
): Promise<BookingView> {
  const known = requireActor(actor);
  const isStudent = known.role === "STUDENT";
  const { message } = await validate(cancelBookingSchema, input ?? {});
  const owner = isStudent
    ? { application: { studentId: known.studentId ?? "-" } }
    : { slot: { offer: { enterpriseId: requireApplicationDecider(known).enterprise.id } } };
  await db.$transaction(async (tx) => {
    const booking = await tx.interviewBooking.findFirst({
      where: { id: bookingId, ...owner },
      select: { status: true, slot: { select: { startsAt: true, minNoticeMinutes: true } } },
    });
    if (!booking) throw notFound("bookingNotFound");
    if (booking.status !== "BOOKED") throw conflict("bookingNotActive");
    const closes = isStudent ? bookingCutOff(booking.slot) : booking.slot.startsAt;
    if (closes.getTime() <= Date.now()) throw conflict("bookingNoticePassed");
    const updated = await tx.interviewBooking.updateMany({
      where: { id: bookingId, status: "BOOKED" },
      // The student's own cancellation carries no message: the note is the enterprise's word to them.
      data: { status: "CANCELLED", sequence: { increment: 1 }, cancellationNote: isStudent ? null : (message ?? null) },
    });
    if (updated.count === 0) throw conflict("bookingNotActive");
    const { sequence } = await tx.interviewBooking.findUniqueOrThrow({
      where: { id: bookingId },
      select: { sequence: true },
    });
    await recordEvent(tx, "interview.cancelled", { bookingId, sequence });
    await recordAudit(tx, {
      actorId: known.userId,
      action: "interview.cancelled",
      entity: "InterviewBooking",
      entityId: bookingId,
    });
  });
  return db.interviewBooking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingSelect });
}
