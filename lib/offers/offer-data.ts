import type { OfferInput } from "./schemas";
import { stipendColumns } from "./stipend";

/** The Offer columns written from validated form input (skills and screening questions are stored separately). */
export function offerColumns(input: OfferInput) {
  const { skills: _skills, questions: _questions, stipendAmount, ...columns } = input;
  return {
    ...columns,
    ...stipendColumns(stipendAmount, columns.stipendCurrency),
    missions: columns.missions ?? null,
    benefits: columns.benefits ?? null,
    educationLevel: columns.educationLevel ?? null,
    startFrom: columns.startFrom ?? null,
    startTo: columns.startTo ?? null,
    deadline: columns.deadline ?? null,
    languages: columns.languages.filter((language) => Boolean(language)) as string[],
  };
}

/** The columns that make an offer's content (what a duplicate copies), as a Prisma select; see stipend.ts for the amount. */
export const offerContentSelect = {
  title: true,
  description: true,
  missions: true,
  field: true,
  city: true,
  country: true,
  remoteMode: true,
  durationWeeks: true,
  stipendAmountMinor: true,
  stipendCurrency: true,
  stipendPeriod: true,
  positions: true,
  languages: true,
  educationLevel: true,
  benefits: true,
} as const;
