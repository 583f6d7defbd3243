import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { bookingCutOff, bookingSelect, type BookingView } from "./interview-slot-view";
import { bookingSchema } from "./schemas";
import { recordStatusChange } from "./status-change";

/**
 * A student shortlisted (or at interview stage) books a slot of the offer for their application,
 * before the slot's notice cut-off and while it has a place; one booking per application, so
 * booking another slot moves it (the same UID, SEQUENCE + 1), and a cancelled one is booked again.
 * The slot row is locked while its places are counted: two students racing for the last place
 * leave one booking. A shortlisted application moves to INTERVIEW in the same transaction.
 */
export async function bookInterviewSlot(actor: Actor | null, slotId: string, input: unknown): Promise<BookingView> {
  const me = requireRole(actor, "STUDENT");
  const { applicationId } = await validate(bookingSchema, input);
  const bookingId = await db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, studentId: me.studentId ?? "-" },
      select: { id: true, status: true, offerId: true },
    });
    if (!application) throw notFound("applicationNotFound");
    if (application.status !== "SHORTLISTED" && application.status !== "INTERVIEW") {
      throw conflict("bookingNeedsShortlist");
    }
    const [slot] = await tx.$queryRaw<{ id: string; startsAt: Date; minNoticeMinutes: number; capacity: number }[]>`
      select id, "startsAt", "minNoticeMinutes", capacity from "InterviewSlot"
      where id = ${slotId} and "offerId" = ${application.offerId} for update`;
    if (!slot) throw notFound("slotNotFound");
    if (bookingCutOff(slot).getTime() <= Date.now()) throw conflict("bookingNoticePassed");
    const existing = await tx.interviewBooking.findUnique({
      where: { applicationId },
      select: { id: true, slotId: true, status: true, slot: { select: { startsAt: true, minNoticeMinutes: true } } },
    });
    if (existing?.status === "BOOKED" && existing.slotId === slotId) throw conflict("alreadyBooked");
    if (existing && existing.status !== "BOOKED" && existing.status !== "CANCELLED")
      throw conflict("interviewAlreadyHeld");
    const taken = await tx.interviewBooking.count({ where: { slotId, status: "BOOKED" } });
    if (taken >= slot.capacity) throw conflict("slotFull");

    let id: string;
    if (existing?.status === "BOOKED") {
      // A move: the student may leave the old slot only before its own cut-off.
      if (bookingCutOff(existing.slot).getTime() <= Date.now()) throw conflict("bookingNoticePassed");
      const { sequence } = await tx.interviewBooking.update({
        where: { id: existing.id },
        data: { slotId, sequence: { increment: 1 }, reminderSentAt: null },
        select: { sequence: true },
      });
      id = existing.id;
      await recordEvent(tx, "interview.moved", { bookingId: id, sequence, fromSlotId: existing.slotId });
    } else if (existing) {
      const { sequence } = await tx.interviewBooking.update({
        where: { id: existing.id },
        data: { slotId, status: "BOOKED", sequence: { increment: 1 }, reminderSentAt: null, cancellationNote: null },
        select: { sequence: true },
      });
      id = existing.id;
      await recordEvent(tx, "interview.booked", { bookingId: id, sequence });
    } else {
      ({ id } = await tx.interviewBooking.create({ data: { slotId, applicationId }, select: { id: true } }));
      await recordEvent(tx, "interview.booked", { bookingId: id, sequence: 0 });
    }
    await recordAudit(tx, {
      actorId: me.userId,
      action: existing?.status === "BOOKED" ? "interview.moved" : "interview.booked",
      entity: "InterviewBooking",
      entityId: id,
      after: { slotId },
    });
    if (application.status === "SHORTLISTED") {
      await recordStatusChange(tx, {
        applicationId,
        owner: { studentId: me.studentId ?? "-" },
        from: "SHORTLISTED",
        to: "INTERVIEW",
        actorId: me.userId,
      });
    }
    return id;
  });
  return db.interviewBooking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingSelect });
}
