import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { offerContentSelect } from "./offer-data";
import { offerQuestionsSelect } from "./offer-questions";
import { readableOffer } from "./policy";
import { withStipendAmount } from "./stipend";

export const offerDetailSelect = {
  ...offerContentSelect,
  id: true,
  startFrom: true,
  startTo: true,
  deadline: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  source: true,
  externalUrl: true,
  enterpriseId: true,
  enterprise: {
    select: { id: true, name: true, slug: true, logoUrl: true, website: true, sector: true, verificationStatus: true },
  },
  skills: { select: { skill: { select: { name: true } } }, orderBy: { skill: { name: "asc" } } },
  questions: offerQuestionsSelect,
} as const;

/** One offer as the actor may see it: visible offers for everyone, any of its own for an enterprise. */
export async function getOffer(actor: Actor | null, offerId: string) {
  const offer = await db.offer.findFirst({
    where: { id: offerId, ...readableOffer(actor) },
    select: offerDetailSelect,
  });
  if (!offer) throw notFound("offerNotFound");
  const { skills, ...rest } = offer;
  return { ...withStipendAmount(rest), skills: skills.map((s) => s.skill.name) };
}

export type OfferDetail = Awaited<ReturnType<typeof getOffer>>;
