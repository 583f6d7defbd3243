import type { Recommendation } from "@/lib/generated/prisma/enums";

/** A criterion an evaluator rates: a stable key and, for an enterprise's own, its label as written. */
export type Criterion = { key: string; label: string | null };

/** The set every offer uses until its enterprise defines its own: labels are translated (evaluations.criteria). */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { key: "technical", label: null },
  { key: "motivation", label: null },
  { key: "communication", label: null },
  { key: "teamFit", label: null },
];
export const DEFAULT_CRITERION_KEYS = DEFAULT_CRITERIA.map((c) => c.key);

export const RATING_MIN = 1;
export const RATING_MAX = 4;
export const CRITERIA_MAX = 8;
export const CRITERION_LABEL_MAX = 80;

/** Strong no … strong yes, in order; their weight (1–4) is what the average recommendation counts. */
export const RECOMMENDATIONS = ["STRONG_NO", "NO", "YES", "STRONG_YES"] as const satisfies readonly Recommendation[];
export const recommendationWeight = (value: Recommendation) => RECOMMENDATIONS.indexOf(value) + 1;

/** The criteria stored for an offer (a JSON array), or the default set when none (or nothing usable) is stored. */
export function criteriaOf(stored: unknown): Criterion[] {
  if (!Array.isArray(stored)) return [...DEFAULT_CRITERIA];
  const criteria = stored.filter(
    (c): c is Criterion =>
      typeof c === "object" &&
      c !== null &&
      typeof c.key === "string" &&
      (c.label === null || typeof c.label === "string"),
  );
  return criteria.length > 0 ? criteria : [...DEFAULT_CRITERIA];
}

/** The mean of some numbers, to two decimals; null for none. */
export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;
}
