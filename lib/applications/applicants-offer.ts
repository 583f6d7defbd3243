import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { enterpriseScope } from "@/lib/enterprises/policy";
import type { Actor } from "@/lib/identity/actor";

/** The offer whose applicants the actor reads (one of their enterprise's, or any for admins); else not found. */
export async function findApplicantsOffer(me: Actor, offerId: string) {
  const offer = await db.offer.findFirst({
    where: { id: offerId, ...enterpriseScope(me) },
    select: { id: true, title: true, positions: true, status: true },
  });
  if (!offer) throw notFound("offerNotFound");
  return offer;
}
