import * as yup from "yup";
import { db } from "@/lib/core/db";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { visibleOffer } from "./visible-offer";

export const listOffersSchema = pageSchema.shape({
  status: yup.string().oneOf(["DRAFT", "PUBLISHED", "CLOSED", "EXPIRED"], "required").optional(),
});

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
 * back office); everyone else gets the visible offers, newest first. Search lives in search-offers.
 */
export async function listOffers(actor: Actor | null, input: unknown = {}) {
  const query = await validate(listOffersSchema, input);
  const own = actor?.role === "ENTERPRISE" && actor.enterprise;
  const where: Prisma.OfferWhereInput = own
    ? { enterpriseId: own.id, ...(query.status && { status: query.status }) }
    : visibleOffer();
  const orderBy: Prisma.OfferOrderByWithRelationInput[] = own
    ? [{ updatedAt: "desc" }, { id: "desc" }]
    : [{ publishedAt: "desc" }, { id: "desc" }];
  const rows = await db.offer.findMany({ where, orderBy, select: summary, ...pageArgs(query) });
  return toPage(rows, query.limit);
}
