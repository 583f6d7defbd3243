import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { ownOffer } from "./own-offer";
import { requireOfferManager } from "./policy";
import { refreshOfferSearch } from "./refresh-offer-search";

/** A draft copy of one of the enterprise's offers, to publish again next season; dates are left to fill. */
export async function duplicateOffer(actor: Actor | null, offerId: string): Promise<{ id: string }> {
  const me = requireOfferManager(actor);
  return db.$transaction(async (tx) => {
    const source = await ownOffer(tx, offerId, me.enterprise.id, {
      title: true,
      description: true,
      missions: true,
      field: true,
      city: true,
      country: true,
      remoteMode: true,
      durationWeeks: true,
      stipendAmount: true,
      stipendCurrency: true,
      stipendPeriod: true,
      positions: true,
      languages: true,
      educationLevel: true,
      benefits: true,
      skills: { select: { skillId: true } },
    });
    const copy = await tx.offer.create({
      data: {
        enterpriseId: me.enterprise.id,
        ...source,
        skills: { create: source.skills },
      },
      select: { id: true },
    });
    await refreshOfferSearch(tx, [copy.id]);
    return copy;
  });
}
