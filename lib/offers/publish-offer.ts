import { db } from "@/lib/core/db";
import { conflict, field, forbidden, invalid } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { requireVerifiedEmail } from "@/lib/identity/policy";
import { ownOffer } from "./own-offer";
import { requireOfferManager } from "./policy";
import { forgetSearchSummaries } from "./search-summary-cache";
import { rememberSearchWords } from "./search-words";
import { deadlineOpen } from "./visible-offer";

/**
 * Puts an offer online. Needs a confirmed e-mail and a verified enterprise; a closed or expired
 * offer can be published again once its deadline is moved ahead.
 */
export async function publishOffer(actor: Actor | null, offerId: string): Promise<{ id: string; publishedAt: Date }> {
  const me = requireOfferManager(actor);
  requireVerifiedEmail(me);
  const result = await db.$transaction(async (tx) => {
    const offer = await ownOffer(tx, offerId, me.enterprise.id, {
      status: true,
      deadline: true,
      enterprise: { select: { verificationStatus: true } },
    });
    if (offer.enterprise.verificationStatus !== "VERIFIED") {
      throw forbidden("publishNeedsVerifiedEnterprise");
    }
    if (offer.status === "PUBLISHED") throw conflict("alreadyPublished");
    if (!deadlineOpen(offer.deadline)) {
      throw invalid({ deadline: field("deadlinePast") }, "deadlinePassed");
    }
    const publishedAt = new Date();
    await tx.offer.update({
      where: { id: offerId, enterpriseId: me.enterprise.id },
      data: { status: "PUBLISHED", publishedAt, closedAt: null, expiryNotifiedAt: null },
    });
    await rememberSearchWords(tx, [offerId]);
    await recordEvent(tx, "offer.published", { offerId, enterpriseId: me.enterprise.id });
    return { id: offerId, publishedAt };
  });
  // After the commit, so a search running meanwhile cannot re-cache the old counts.
  forgetSearchSummaries();
  return result;
}
