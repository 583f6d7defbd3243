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
