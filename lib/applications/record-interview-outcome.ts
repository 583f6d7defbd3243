import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { bookingSelect, type BookingView } from "./interview-slot-view";
import { requireApplicationDecider } from "./policy";
import { interviewOutcomeSchema } from "./schemas";

/** Once the slot has started, the enterprise records whether the interview was held or a no-show, with notes. */
export async function recordInterviewOutcome(
  actor: Actor | null,
  bookingId: string,
  input: unknown,
): Promise<BookingView> {
  const me = requireApplicationDecider(actor);
  const data = await validate(interviewOutcomeSchema, input);
  await db.$transaction(async (tx) => {
    const booking = await tx.interviewBooking.findFirst({
      where: { id: bookingId, slot: { offer: { enterpriseId: me.enterprise.id } } },
      select: { status: true, slot: { select: { startsAt: true } } },
    });
    if (!booking) throw notFound("bookingNotFound");
    if (booking.status === "CANCELLED") throw conflict("bookingNotActive");
    if (booking.slot.startsAt.getTime() > Date.now()) throw conflict("interviewNotStarted");
    await tx.interviewBooking.update({
      where: { id: bookingId },
      data: { status: data.outcome, outcomeNotes: data.notes ?? null, outcomeAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "interview.outcome",
      entity: "InterviewBooking",
      entityId: bookingId,
      before: { status: booking.status },
      after: { status: data.outcome },
    });
  });
  return db.interviewBooking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingSelect });
}
