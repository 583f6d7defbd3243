import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { bookingCutOff, bookingSelect, type BookingView } from "./interview-slot-view";
import { applicationScope } from "./policy";

/**
 * The interview booking of an application the actor may read (cancelled included), or null, with
 * when the student's booking closes and whether they may still move or cancel it.
 */
export async function getApplicationBooking(
  actor: Actor,
  applicationId: string,
): Promise<(BookingView & { bookingClosesAt: Date; changeable: boolean }) | null> {
  const booking = await db.interviewBooking.findFirst({
    where: { applicationId, application: applicationScope(actor) },
    select: bookingSelect,
  });
  if (!booking) return null;
  const bookingClosesAt = bookingCutOff(booking.slot);
  return { ...booking, bookingClosesAt, changeable: bookingClosesAt.getTime() > Date.now() };
}
