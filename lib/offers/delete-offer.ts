import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { ownOffer } from "./own-offer";
import { requireOfferManager } from "./policy";

/** Deletes a draft nobody applied to; anything that was public is closed instead, so no history is lost. */
export async function deleteOffer(actor: Actor | null, offerId: string): Promise<void> {
  const me = requireOfferManager(actor);
  const offer = await ownOffer(db, offerId, me.enterprise.id, { status: true, publishedAt: true, _count: { select: { applications: true } } });
  if (offer.status !== "DRAFT" || offer.publishedAt || offer._count.applications > 0) {
    throw conflict("Only a draft that was never published can be deleted; close the offer instead.");
  }
  await db.offer.delete({ where: { id: offerId, enterpriseId: me.enterprise.id } });
}
