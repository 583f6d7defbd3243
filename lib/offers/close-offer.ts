import { db, type Tx } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { ownOffer } from "./own-offer";
import { requireOfferManager } from "./policy";
import { forgetSearchSummaries } from "./search-summary-cache";

/**
 * Takes a published offer offline before its deadline (positions filled, project cancelled…).
 * `alsoInTransaction` lets another slice do what goes with the closing in the same transaction
 * (applications: tell the remaining applicants the positions are filled).
 */
export async function closeOffer(
  actor: Actor | null,
  offerId: string,
  alsoInTransaction?: (tx: Tx) => Promise<void>,
): Promise<{ id: string }> {
  const me = requireOfferManager(actor);
  const result = await db.$transaction(async (tx) => {
    const offer = await ownOffer(tx, offerId, me.enterprise.id, { status: true });
    if (offer.status !== "PUBLISHED") throw conflict("closeNeedsPublished");
    await tx.offer.update({
      where: { id: offerId, enterpriseId: me.enterprise.id },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    await recordEvent(tx, "offer.closed", { offerId, enterpriseId: me.enterprise.id });
    await alsoInTransaction?.(tx);
    return { id: offerId };
  });
  // After the commit, so a search running meanwhile cannot re-cache the old counts.
  forgetSearchSummaries();
  return result;
}
