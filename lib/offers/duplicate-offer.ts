import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { offerContentSelect } from "./offer-data";
import { ownOffer } from "./own-offer";
import { requireOfferManager } from "./policy";
import { refreshOfferSearch } from "./refresh-offer-search";

/** A draft copy of one of the enterprise's offers, to publish again next season; dates are left to fill. */
export async function duplicateOffer(actor: Actor | null, offerId: string): Promise<{ id: string }> {
  const me = requireOfferManager(actor);
  return db.$transaction(async (tx) => {
    const source = await ownOffer(tx, offerId, me.enterprise.id, {
      ...offerContentSelect,
      skills: { select: { skillId: true } },
      questions: {
        orderBy: { position: "asc" },
        select: { position: true, kind: true, label: true, required: true, options: true },
      },
    });
    const copy = await tx.offer.create({
      data: {
        enterpriseId: me.enterprise.id,
        ...source,
        skills: { create: source.skills },
        questions: { create: source.questions },
      },
      select: { id: true },
    });
    await refreshOfferSearch(tx, [copy.id]);
    return copy;
  });
}
