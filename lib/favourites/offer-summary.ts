import type { Prisma } from "@/lib/generated/prisma/client";

/** What a card of an offer shows (saved offers, recommendations). */
export const offerSummarySelect = {
  id: true,
  title: true,
  field: true,
  city: true,
  country: true,
  remoteMode: true,
  durationWeeks: true,
  startFrom: true,
  stipendAmount: true,
  stipendCurrency: true,
  stipendPeriod: true,
  deadline: true,
  publishedAt: true,
  enterprise: { select: { id: true, name: true } },
} satisfies Prisma.OfferSelect;

export type OfferSummary = Prisma.OfferGetPayload<{ select: typeof offerSummarySelect }>;
