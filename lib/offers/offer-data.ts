import type { OfferInput } from "./schemas";

/** The Offer columns written from validated form input (skills are stored separately). */
export function offerColumns(input: OfferInput) {
  const { skills: _skills, ...columns } = input;
  return {
    ...columns,
    missions: columns.missions ?? null,
    benefits: columns.benefits ?? null,
    educationLevel: columns.educationLevel ?? null,
    startFrom: columns.startFrom ?? null,
    startTo: columns.startTo ?? null,
    deadline: columns.deadline ?? null,
    stipendAmount: columns.stipendAmount ?? null,
    languages: columns.languages.filter((language) => Boolean(language)) as string[],
  };
}

/** The columns that make an offer's content (what a duplicate copies), as a Prisma select. */
export const offerContentSelect = {
  title: true,
  description: true,
  missions: true,
  field: true,
  city: true,
  country: true,
  remoteMode: true,
  durationWeeks: true,
  stipendAmount: true,
  stipendCurrency: true,
  stipendPeriod: true,
  positions: true,
  languages: true,
  educationLevel: true,
  benefits: true,
} as const;
