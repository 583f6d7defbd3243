import { db } from "@/lib/core/db";
import { deadlineOpen } from "./visible-offer";

/**
 * What the public may still learn of an offer that was published and no longer takes
 * applications (closed by its enterprise, expired, or past its deadline), so that an old link says
 * so instead of "not found". Drafts were never public: null, like an unknown id.
 */
export async function getClosedOffer(offerId: string) {
  const offer = await db.offer.findFirst({
    where: { id: offerId, status: { in: ["PUBLISHED", "CLOSED", "EXPIRED"] }, publishedAt: { not: null } },
    select: {
      id: true,
      title: true,
      status: true,
      deadline: true,
      closedAt: true,
      enterprise: { select: { name: true, slug: true, logoUrl: true } },
    },
  });
  if (!offer) return null;
  if (offer.status === "PUBLISHED" && deadlineOpen(offer.deadline)) return null;
  const reason = offer.status === "CLOSED" ? ("closed" as const) : ("expired" as const);
  return {
    id: offer.id,
    title: offer.title,
    enterprise: offer.enterprise,
    reason,
    since: offer.closedAt ?? offer.deadline,
  };
}

export type ClosedOffer = NonNullable<Awaited<ReturnType<typeof getClosedOffer>>>;
