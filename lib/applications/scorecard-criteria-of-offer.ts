import { randomUUID } from "node:crypto";
import { db } from "@/lib/core/db";
import { invalid, field, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import { enterpriseScope } from "@/lib/enterprises/policy";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { requireApplicationDecider } from "./policy";
import { criteriaOf, type Criterion } from "./scorecard-criteria";
import { scorecardCriteriaSchema } from "./schemas";

export type OfferCriteriaView = { offerId: string; custom: boolean; criteria: Criterion[] };

/** The criteria an offer's evaluators rate (its own, or the default set), for any member of its enterprise. */
export async function getScorecardCriteria(actor: Actor | null, offerId: string): Promise<OfferCriteriaView> {
  const me = requireRole(actor, "ENTERPRISE", "SYSTEM_ADMIN");
  const offer = await db.offer.findFirst({
    where: { id: offerId, ...enterpriseScope(me) },
    select: { scorecard: { select: { criteria: true } } },
  });
  if (!offer) throw notFound("offerNotFound");
  return { offerId, custom: offer.scorecard !== null, criteria: criteriaOf(offer.scorecard?.criteria) };
}

/**
 * Sets the offer's own criteria (admins and recruiters); an empty list goes back to the default
 * set. A criterion kept from before keeps its key, so scorecards already sent still average with
 * the new ones; a new one gets a fresh key.
 */
export async function setScorecardCriteria(
  actor: Actor | null,
  offerId: string,
  input: unknown,
): Promise<OfferCriteriaView> {
  const me = requireApplicationDecider(actor);
  const data = await validate(scorecardCriteriaSchema, input);
  const keys = data.criteria.map((c) => c.key).filter(Boolean);
  const twice = keys.findIndex((key, index) => keys.indexOf(key) !== index);
  if (twice >= 0) throw invalid({ [`criteria.${twice}.key`]: field("duplicate") });
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({
      where: { id: offerId, enterpriseId: me.enterprise.id },
      select: { id: true },
    });
    if (!offer) throw notFound("offerNotFound");
    if (data.criteria.length === 0) {
      await tx.offerScorecard.deleteMany({ where: { offerId, offer: { enterpriseId: me.enterprise.id } } });
      return { offerId, custom: false, criteria: criteriaOf(null) };
    }
    const criteria: Criterion[] = data.criteria.map((c) => ({
      key: c.key || `c-${randomUUID().slice(0, 8)}`,
      label: c.label,
    }));
    await tx.offerScorecard.upsert({
      where: { offerId },
      create: { offerId, criteria },
      update: { criteria },
    });
    return { offerId, custom: true, criteria };
  });
}
