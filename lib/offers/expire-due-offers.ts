import { db } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import { forgetSearchSummaries } from "./search-summary-cache";
import { startOfUtcDay } from "./visible-offer";

/**
 * Moves every published offer whose deadline day has passed (the complement of visible-offer.ts)
 * to EXPIRED, with an offer.expired event each, in one transaction. Running it again finds nothing
 * more to do.
 */
export async function expireDueOffers(now = new Date()): Promise<{ expired: number }> {
  const result = await db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; enterpriseId: string }[]>`
      update "Offer" set status = 'EXPIRED', "closedAt" = ${now}, "updatedAt" = ${now}
      where status = 'PUBLISHED' and deadline < ${startOfUtcDay(now)}
      returning id, "enterpriseId"`;
    for (const offer of due)
      await recordEvent(tx, "offer.expired", { offerId: offer.id, enterpriseId: offer.enterpriseId });
    return { expired: due.length };
  });
  // After the commit, so a search running meanwhile cannot re-cache the old counts.
  forgetSearchSummaries();
  return result;
}
