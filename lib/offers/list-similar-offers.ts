import { db } from "@/lib/core/db";
import { visibleOffer } from "./visible-offer";

const CANDIDATES = 40;

/**
 * Open offers close to the given one (or to a closed one whose link a visitor followed): those
 * sharing the most skills first, then the same field, then the same city, newest first. Only
 * public facts of visible offers, so it is the same for every reader.
 */
export async function listSimilarOffers(offerId: string, limit = 4) {
  const reference = await db.offer.findUnique({
    where: { id: offerId },
    select: { field: true, city: true, skills: { select: { skillId: true } } },
  });
  if (!reference) return [];
  const skillIds = reference.skills.map((s) => s.skillId);
  const candidates = await db.offer.findMany({
    where: {
      AND: [
        visibleOffer(),
        { id: { not: offerId } },
        {
          OR: [
            { field: reference.field },
            ...(skillIds.length ? [{ skills: { some: { skillId: { in: skillIds } } } }] : []),
          ],
        },
      ],
    },
    select: {
      id: true,
      title: true,
      field: true,
      city: true,
      country: true,
      publishedAt: true,
      enterprise: { select: { name: true, logoUrl: true } },
      skills: { select: { skillId: true } },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: CANDIDATES,
  });
  const wanted = new Set(skillIds);
  const closeness = (offer: (typeof candidates)[number]) =>
    offer.skills.filter((s) => wanted.has(s.skillId)).length * 4 +
    (offer.field === reference.field ? 2 : 0) +
    (offer.city === reference.city ? 1 : 0);
  return candidates
    .map((offer) => ({ offer, score: closeness(offer) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ offer: { skills: _skills, ...offer } }) => offer);
}

export type SimilarOffer = Awaited<ReturnType<typeof listSimilarOffers>>[number];
