/**
 * France's minimum internship allowance ("gratification minimale des stages"). An internship of
 * more than two months (more than 44 days of presence) must be paid at least 15 % of the hourly
 * social-security ceiling per hour of presence: Code de l'éducation L124-6 and D124-8, with the
 * ceiling of 2025–2026 (29 €/h), that is 4.35 €/h (service-public.fr, "Gratification de stage",
 * checked for 2025 and 2026). One constant, to change when the ceiling changes.
 */
export const FR_MINIMUM_HOURLY_STIPEND_MINOR = 435;
export const FR_MINIMUM_STIPEND_SOURCE = "Code de l'éducation L124-6 and D124-8: 15 % of the 2025–2026 hourly ceiling";

/** Presence days are not tracked: more than 8 weeks between start and end stands for "more than 2 months". */
export const FR_STIPEND_THRESHOLD_DAYS = 56;

const DAY_MS = 86_400_000;

export type StipendShortfall = {
  /** The legal minimum per month for the agreement's weekly hours, in euro cents. */
  minimumMonthlyMinor: number;
  hourlyMinor: number;
  weeks: number;
};

/**
 * Whether a French agreement pays less than the legal minimum: the monthly stipend is compared
 * with the hourly rate times the weekly hours times 52/12 (the average month). Null when the rule
 * does not apply (not in France, not in euros, 8 weeks or less) or is met.
 */
export function stipendShortfall(agreement: {
  country: string;
  startDate: Date;
  endDate: Date;
  weeklyHours: number;
  stipendAmountMinor: number | null;
  stipendCurrency: string;
}): StipendShortfall | null {
  if (agreement.country !== "FR") return null;
  const days = Math.round((agreement.endDate.getTime() - agreement.startDate.getTime()) / DAY_MS) + 1;
  if (days <= FR_STIPEND_THRESHOLD_DAYS) return null;
  const minimumMonthlyMinor = Math.ceil((FR_MINIMUM_HOURLY_STIPEND_MINOR * agreement.weeklyHours * 52) / 12);
  const paid = agreement.stipendCurrency === "EUR" ? (agreement.stipendAmountMinor ?? 0) : 0;
  if (paid >= minimumMonthlyMinor) return null;
  return { minimumMonthlyMinor, hourlyMinor: FR_MINIMUM_HOURLY_STIPEND_MINOR, weeks: Math.floor(days / 7) };
}
