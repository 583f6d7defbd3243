import { db } from "@/lib/core/db";
import type { OfferStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import { applicationScope } from "./policy";
import { OPEN_STATUSES } from "./transitions";

export type OfferFill = { offerId: string; status: OfferStatus; positions: number; accepted: number; open: number };

/**
 * How far the offer's positions are filled, for its enterprise: accepted students and the
 * applications still open. Null for an offer outside the caller's enterprise.
 */
export async function getOfferFill(actor: Actor, offerId: string): Promise<OfferFill | null> {
  if (actor.role !== "ENTERPRISE" || !actor.enterprise) return null;
  const offer = await db.offer.findFirst({
    where: { id: offerId, enterpriseId: actor.enterprise.id },
    select: { status: true, positions: true },
  });
  if (!offer) return null;
  const counts = await db.application.groupBy({
    by: ["status"],
    where: { AND: [{ offerId }, applicationScope(actor)] },
    _count: { _all: true },
  });
  const count = (wanted: readonly string[]) =>
    counts.filter((row) => wanted.includes(row.status)).reduce((sum, row) => sum + row._count._all, 0);
  return {
    offerId,
    status: offer.status,
    positions: offer.positions,
    accepted: count(["ACCEPTED"]),
    open: count(OPEN_STATUSES),
  };
}

/** Every position taken, the offer still published and applicants still waiting: time to close and tell them. */
export const shouldOfferClosing = (fill: OfferFill | null): fill is OfferFill =>
  fill !== null && fill.status === "PUBLISHED" && fill.accepted >= fill.positions && fill.open > 0;
