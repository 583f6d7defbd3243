/** What the offer form's preview warns about before publishing; `blocking` ones make publishing fail. */
export type OfferWarning = {
  code: "deadlinePast" | "unpaidLongInFrance" | "noSkills" | "startPast";
  blocking: boolean;
};

/** French law requires a stipend ("gratification") for an internship over two months. */
export const UNPAID_LIMIT_WEEKS = 8;

export type OfferWarningInput = {
  country?: string | null;
  durationWeeks?: number | string | null;
  stipendAmount?: number | string | null;
  skills?: (string | null | undefined)[] | null;
  deadline?: string | null;
  startTo?: string | null;
};

/**
 * The offer's values as the form holds them (dates as yyyy-mm-dd, numbers maybe as strings) and
 * today's date (yyyy-mm-dd, UTC like the deadline rule): what looks wrong, in the form's order.
 */
export function offerWarnings(values: OfferWarningInput, today: string): OfferWarning[] {
  const warnings: OfferWarning[] = [];
  const weeks = Number(values.durationWeeks);
  const stipend = values.stipendAmount === "" || values.stipendAmount == null ? 0 : Number(values.stipendAmount);
  const skills = (values.skills ?? []).filter((skill) => typeof skill === "string" && skill.trim() !== "");
  if (skills.length === 0) warnings.push({ code: "noSkills", blocking: false });
  if (values.startTo && values.startTo < today) warnings.push({ code: "startPast", blocking: false });
  if (
    (values.country ?? "").trim().toUpperCase() === "FR" &&
    Number.isFinite(weeks) &&
    weeks > UNPAID_LIMIT_WEEKS &&
    !(stipend > 0)
  )
    warnings.push({ code: "unpaidLongInFrance", blocking: false });
  if (values.deadline && values.deadline < today) warnings.push({ code: "deadlinePast", blocking: true });
  return warnings;
}

/** Today as yyyy-mm-dd in UTC, the day the deadline rule compares with. */
export const utcToday = (now = new Date()) => now.toISOString().slice(0, 10);
