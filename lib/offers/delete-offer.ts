import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { ownOffer } from "./own-offer";
import { requireOfferManager } from "./policy";

/** Deletes a draft nobody applied to; anything that was public is closed instead, so no history is lost. */
export async function deleteOffer(actor: Actor | null, offerId: string): Promise<void> {
  const me = requireOfferManager(actor);
  // One conditional delete, so a publication or an application arriving meanwhile cannot be lost.
  const deleted = await db.offer.deleteMany({
    where: {
      id: offerId,
      enterpriseId: me.enterprise.id,
      status: "DRAFT",
      publishedAt: null,
      applications: { none: {} },
    },
  });
  if (deleted.count === 0) {
    await ownOffer(db, offerId, me.enterprise.id, { id: true });
    throw conflict("deleteNeedsNeverPublished");
  }
}
