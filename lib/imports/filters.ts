import type { SkipReason } from "./normalise-posting";

/** What a source keeps, stored in ImportSource.filters (see schemas.ts for the input rules). */
export type ImportFilters = {
  /** employmentType values that mean an internship (compared without case, spaces or dashes). */
  employmentTypes?: string[];
  /** Title words that mean an internship when the employment type does not say. */
  titleWords?: string[];
  maxDurationWeeks?: number | null;
  /** Where postings that name no place are (a careers page of one site): a city, an ISO country code. */
  defaultCity?: string | null;
  defaultCountry?: string | null;
};

export const DEFAULT_EMPLOYMENT_TYPES = ["INTERN", "INTERNSHIP", "STAGE", "PRAKTIKUM", "TRAINEE"];
export const DEFAULT_TITLE_WORDS = ["stage", "stagiaire", "intern", "internship", "praktikum", "prácticas"];
/**
 * The duration an offer gets when its posting states none: Offer.durationWeeks is required, and six
 * months is the usual French internship. The source's report does not flag it; the offer text is kept.
 */
export const DEFAULT_DURATION_WEEKS = 24;

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z]/g, "");

/** Null when the posting is kept; else why not. */
export function keepsPosting(
  filters: ImportFilters,
  posting: { title: string; employmentTypes: string[]; durationWeeks: number | null },
): Extract<SkipReason, "notInternship" | "tooLong"> | null {
  const types = (filters.employmentTypes?.length ? filters.employmentTypes : DEFAULT_EMPLOYMENT_TYPES).map(fold);
  const words = filters.titleWords?.length ? filters.titleWords : DEFAULT_TITLE_WORDS;
  const byType = posting.employmentTypes.some((type) => types.includes(fold(type)));
  const titleWords = posting.title.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const byTitle = words.some((word) => titleWords.includes(word.toLowerCase()));
  if (!byType && !byTitle) return "notInternship";
  if (filters.maxDurationWeeks && posting.durationWeeks && posting.durationWeeks > filters.maxDurationWeeks) {
    return "tooLong";
  }
  return null;
}
