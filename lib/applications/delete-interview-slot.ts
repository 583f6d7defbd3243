import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireApplicationDecider } from "./policy";

/** The enterprise withdraws a slot nobody holds (cancel its bookings first, so that students are told). */
export async function deleteInterviewSlot(actor: Actor | null, slotId: string): Promise<void> {
  const me = requireApplicationDecider(actor);
  await db.$transaction(async (tx) => {
    const [slot] = await tx.$queryRaw<{ id: string }[]>`
      select s.id from "InterviewSlot" s join "Offer" o on o.id = s."offerId"
      where s.id = ${slotId} and o."enterpriseId" = ${me.enterprise.id} for update of s`;
    if (!slot) throw notFound("slotNotFound");
    const held = await tx.interviewBooking.count({ where: { slotId, status: "BOOKED" } });
    if (held > 0) throw conflict("slotHasBookings");
    await tx.interviewSlot.delete({ where: { id: slotId } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "interview-slot.deleted",
      entity: "InterviewSlot",
      entityId: slotId,
    });
  });
}
