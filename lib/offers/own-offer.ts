import type { Tx } from "@/lib/core/db";
import { forbidden, notFound } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * An offer of the given enterprise, loaded with the owner in the `where`. An offer of another
 * enterprise is refused as FORBIDDEN (the rule for edits), an unknown id as NOT_FOUND.
 */
export async function ownOffer<S extends Prisma.OfferSelect>(tx: Tx, offerId: string, enterpriseId: string, select: S) {
  const offer = await tx.offer.findFirst({ where: { id: offerId, enterpriseId }, select });
  if (offer) return offer;
  throw (await tx.offer.count({ where: { id: offerId } })) > 0
    ? forbidden("offerOfAnotherEnterprise")
    : notFound("offerNotFound");
}
