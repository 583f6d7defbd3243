import * as yup from "yup";
import { tooLong } from "@/lib/core/limit-messages";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { db } from "@/lib/core/db";
import { forbidden } from "@/lib/core/errors";
import { ownOffersWhere } from "./list-offers";
import type { OFFER_STATUSES } from "./offer-options";

const countSchema = yup.object({ q: yup.string().trim().max(100, tooLong).optional() });

export type OwnOfferCounts = Record<"ALL" | (typeof OFFER_STATUSES)[number], number>;

/** How many of the enterprise's own offers are in each status (matching the title words `q`), for its tabs. */
export async function countOwnOffers(actor: Actor | null, input: unknown = {}): Promise<OwnOfferCounts> {
  const me = requireRole(actor, "ENTERPRISE");
  if (!me.enterprise) throw forbidden();
  const { q } = await validate(countSchema, input);
  const groups = await db.offer.groupBy({
    by: ["status"],
    where: ownOffersWhere(me.enterprise.id, { q }),
    _count: true,
  });
  const counts: OwnOfferCounts = { ALL: 0, DRAFT: 0, PUBLISHED: 0, CLOSED: 0, EXPIRED: 0 };
  for (const group of groups) {
    counts[group.status] = group._count;
    counts.ALL += group._count;
  }
  return counts;
}
