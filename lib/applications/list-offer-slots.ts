import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { slotSelect, toSlotView, type SlotView } from "./interview-slot-view";

/**
 * An offer's interview slots, soonest first: for the offer's enterprise (any member) all of them
 * with who booked; for a student shortlisted or at interview stage on that offer, the slots still
 * open to booking, with the places left and never who took the others. Anyone else: 404.
 */
export async function listOfferSlots(actor: Actor | null, offerId: string): Promise<SlotView[]> {
  const known = requireActor(actor);
  if (known.role === "SYSTEM_ADMIN" || (known.role === "ENTERPRISE" && known.enterprise)) {
    const offer = await db.offer.findFirst({
      where: { id: offerId, ...(known.role === "ENTERPRISE" && { enterpriseId: known.enterprise!.id }) },
      select: { id: true },
    });
    if (!offer) throw notFound("offerNotFound");
    const rows = await db.interviewSlot.findMany({
      where: { offerId },
      orderBy: { startsAt: "asc" },
      select: slotSelect,
    });
    return rows.map((row) => toSlotView(row, { withBookings: true }));
  }
  if (known.role !== "STUDENT" || !known.studentId) throw notFound("offerNotFound");
  const invited = await db.application.findFirst({
    where: { offerId, studentId: known.studentId, status: { in: ["SHORTLISTED", "INTERVIEW"] } },
    select: { id: true },
  });
  if (!invited) throw notFound("offerNotFound");
  const rows = await db.interviewSlot.findMany({
    where: { offerId, startsAt: { gt: new Date() } },
    orderBy: { startsAt: "asc" },
    select: slotSelect,
  });
  const now = Date.now();
  return rows
    .map((row) => toSlotView(row, { withBookings: false }))
    .filter((slot) => slot.bookingClosesAt.getTime() > now);
}
