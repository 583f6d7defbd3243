import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, invalid, notFound } from "@/lib/core/errors";
import { overlapWhere, slotEnd } from "@/lib/core/time-slots";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { slotSelect, toSlotView, type SlotView } from "./interview-slot-view";
import { requireApplicationDecider } from "./policy";
import { interviewSlotSchema } from "./schemas";

/**
 * The offer's enterprise (admins, recruiters) publishes an interview slot: start, duration, place
 * or video link, capacity, the notice before which students book, the buffer kept free around it
 * (no other slot of the offer may start or end within it), and the zone shown to both sides.
 */
export async function publishInterviewSlot(actor: Actor | null, offerId: string, input: unknown): Promise<SlotView> {
  const me = requireApplicationDecider(actor);
  const data = await validate(interviewSlotSchema, input);
  if (!data.location && !data.meetingUrl) invalidPlace();
  if (data.startsAt.getTime() <= Date.now()) throw invalid({ startsAt: { key: "deadlinePast" } });
  const startsAt = data.startsAt;
  const endsAt = slotEnd(startsAt, data.durationMinutes);
  const row = await db.$transaction(async (tx) => {
    // Lock the offer so two slots published at once see each other.
    const [offer] = await tx.$queryRaw<{ id: string }[]>`
      select id from "Offer" where id = ${offerId} and "enterpriseId" = ${me.enterprise.id} for update`;
    if (!offer) throw notFound("offerNotFound");
    const others = await tx.interviewSlot.findMany({
      where: { offerId, ...overlapWhere({ startsAt, endsAt }, data.bufferMinutes) },
      select: { id: true, startsAt: true, endsAt: true, bufferMinutes: true },
    });
    if (others.length > 0)
      throw new AppError("CONFLICT", "slotOverlaps", { extensions: { slotIds: others.map((o) => o.id) } });
    const slot = await tx.interviewSlot.create({
      data: {
        offerId,
        startsAt,
        endsAt,
        location: data.location ?? null,
        meetingUrl: data.meetingUrl ?? null,
        capacity: data.capacity,
        minNoticeMinutes: data.minNoticeMinutes,
        bufferMinutes: data.bufferMinutes,
        timeZone: data.timeZone,
      },
      select: slotSelect,
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "interview-slot.published",
      entity: "InterviewSlot",
      entityId: slot.id,
      after: { offerId, startsAt: startsAt.toISOString(), capacity: data.capacity },
    });
    return slot;
  });
  return toSlotView(row, { withBookings: true });
}

function invalidPlace(): never {
  throw invalid({ location: { key: "placeOrLinkRequired" }, meetingUrl: { key: "placeOrLinkRequired" } });
}
