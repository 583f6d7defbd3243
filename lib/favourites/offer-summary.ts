import type { Prisma } from "@/lib/generated/prisma/client";
import { withStipendAmount } from "@/lib/offers/stipend";

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
  stipendAmountMinor: true,
  stipendCurrency: true,
  stipendPeriod: true,
  deadline: true,
  publishedAt: true,
  enterprise: { select: { id: true, name: true } },
} satisfies Prisma.OfferSelect;

type OfferSummaryRow = Prisma.OfferGetPayload<{ select: typeof offerSummarySelect }>;

export type OfferSummary = Omit<OfferSummaryRow, "stipendAmountMinor"> & { stipendAmount: number | null };

/** A card's offer, its stipend in major units. */
export const toOfferSummary = (row: OfferSummaryRow): OfferSummary => withStipendAmount(row);
