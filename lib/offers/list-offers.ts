import * as yup from "yup";
import { db } from "@/lib/core/db";
import { tooLong } from "@/lib/core/limit-messages";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { OfferStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { OFFER_STATUSES, OWN_OFFER_SORTS, type OwnOfferSort } from "./offer-options";
import { visibleOffer } from "./visible-offer";

export const listOffersSchema = pageSchema.shape({
  status: yup.string().oneOf(OFFER_STATUSES, "required").optional(),
  /** Own offers only: words that must all appear in the title. */
  q: yup.string().trim().max(100, tooLong).optional(),
  /** Own offers only: last changed first (default), nearest deadline first, or most applications first. */
  sort: yup.string().oneOf(OWN_OFFER_SORTS, "required").optional(),
});

/** The where clause of an enterprise's own list: the owner always, then the status and the title's words. */
export function ownOffersWhere(enterpriseId: string, filters: { status?: OfferStatus; q?: string }) {
  const words = (filters.q ?? "").split(/\s+/).filter(Boolean);
  const where: Prisma.OfferWhereInput = { enterpriseId };
  if (filters.status) where.status = filters.status;
  if (words.length > 0) where.AND = words.map((word) => ({ title: { contains: word, mode: "insensitive" } }));
  return where;
}

const OWN_ORDER: Record<OwnOfferSort, Prisma.OfferOrderByWithRelationInput[]> = {
  newest: [{ updatedAt: "desc" }, { id: "desc" }],
  deadline: [{ deadline: { sort: "asc", nulls: "last" } }, { id: "desc" }],
  applicants: [{ applications: { _count: "desc" } }, { updatedAt: "desc" }, { id: "desc" }],
};

const summary = {
  id: true,
  title: true,
  status: true,
  city: true,
  country: true,
  remoteMode: true,
  field: true,
  durationWeeks: true,
  deadline: true,
  publishedAt: true,
  updatedAt: true,
  enterprise: { select: { id: true, name: true, slug: true } },
  // Sent applications only: a student's draft is theirs until they send it.
  _count: { select: { applications: { where: { status: { not: "DRAFT" } } }, favourites: true } },
} as const;

/**
 * GET /offers: an enterprise member gets their own enterprise's offers in every status (its
 * back office, filtered by `status` and title words `q`, sorted by `sort`); everyone else gets the
 * visible offers, newest first. Search lives in search-offers.
 */
export async function listOffers(actor: Actor | null, input: unknown = {}) {
  const query = await validate(listOffersSchema, input);
  const own = actor?.role === "ENTERPRISE" && actor.enterprise;
  const where: Prisma.OfferWhereInput = own ? ownOffersWhere(own.id, query) : visibleOffer();
  const orderBy: Prisma.OfferOrderByWithRelationInput[] = own
    ? OWN_ORDER[query.sort ?? "newest"]
    : [{ publishedAt: "desc" }, { id: "desc" }];
  const rows = await db.offer.findMany({ where, orderBy, select: summary, ...pageArgs(query) });
  return toPage(rows, query.limit);
}
