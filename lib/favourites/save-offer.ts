import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { visibleOffer } from "@/lib/offers/visible-offer";
import { requireOwnStudent } from "@/lib/students/policy";

export const offerNotOpen = () => notFound("offerNotOpen");

/** The student saves an open offer. Saving it again changes nothing (and records no second event). */
export async function saveOffer(actor: Actor | null, studentId: string, offerId: string) {
  const me = requireOwnStudent(actor, studentId);
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: offerId, ...visibleOffer() }, select: { id: true } });
    if (!offer) throw offerNotOpen();
    const { count } = await tx.favourite.createMany({
      data: [{ studentId: me.studentId, offerId }],
      skipDuplicates: true,
    });
    if (count > 0) await recordEvent(tx, "offer.favourited", { offerId, studentId: me.studentId });
    const favourite = await tx.favourite.findUniqueOrThrow({
      where: { studentId_offerId: { studentId: me.studentId, offerId } },
      select: { createdAt: true },
    });
    return { offerId, saved: true as const, savedAt: favourite.createdAt };
  });
}
