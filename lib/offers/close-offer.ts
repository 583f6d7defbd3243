import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { ownOffer } from "./own-offer";
import { requireOfferManager } from "./policy";
import { forgetSearchSummaries } from "./search-summary-cache";

/** Takes a published offer offline before its deadline (positions filled, project cancelled…). */
export async function closeOffer(actor: Actor | null, offerId: string): Promise<{ id: string }> {
  const me = requireOfferManager(actor);
  const result = await db.$transaction(async (tx) => {
    const offer = await ownOffer(tx, offerId, me.enterprise.id, { status: true });
    if (offer.status !== "PUBLISHED") throw conflict("closeNeedsPublished");
    await tx.offer.update({
      where: { id: offerId, enterpriseId: me.enterprise.id },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    await recordEvent(tx, "offer.closed", { offerId, enterpriseId: me.enterprise.id });
    return { id: offerId };
  });
  // After the commit, so a search running meanwhile cannot re-cache the old counts.
  forgetSearchSummaries();
  return result;
}
