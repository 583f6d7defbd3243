import { Prisma, type OfferStatus } from "@/lib/generated/prisma/client";

/**
 * What anyone may see, the one rule in its three forms: a published offer whose deadline day is
 * today or later (UTC), so an offer stays open through its deadline day. The expiry workflow
 * (expire-due-offers.ts) moves the others to EXPIRED every 15 minutes; until it runs, the
 * deadline alone hides them.
 */
export const startOfUtcDay = (now = new Date()) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** Whether an offer with this deadline still takes applications (also the rule for publishing it). */
export const deadlineOpen = (deadline: Date | null | undefined, now = new Date()) =>
  !deadline || deadline >= startOfUtcDay(now);

export const visibleOffer = (now = new Date()): Prisma.OfferWhereInput => ({
  status: "PUBLISHED",
  OR: [{ deadline: null }, { deadline: { gte: startOfUtcDay(now) } }],
});

/** The rule for raw SQL, on an offer aliased `o`. */
export const visibleOfferSql = Prisma.sql`o.status = 'PUBLISHED' and (o.deadline is null or o.deadline >= (now() at time zone 'utc')::date)`;

/** The rule on an offer already loaded (a saved offer that may have closed since). */
export const isVisibleOffer = (offer: { status: OfferStatus; deadline: Date | null }, now = new Date()) =>
  offer.status === "PUBLISHED" && deadlineOpen(offer.deadline, now);
