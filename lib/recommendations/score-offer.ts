/**
 * How well one offer fits a student, and why. Pure, so that the reasons shown are exactly the
 * facts that produced the score. Weights add up to 100.
 */
export const WEIGHTS = {
  skills: 35,
  field: 15,
  studyField: 10,
  place: 10,
  remote: 5,
  dates: 10,
  stipend: 5,
  similar: 7,
  enterprise: 3,
} as const;

export type ReasonCode = keyof typeof WEIGHTS;
/** A reason the UI translates: `{ code: "skills", values: { matched: 4, total: 5, names: "React, SQL, …" } }`. */
export type Reason = { code: ReasonCode; values: Record<string, string | number> };

export type StudentSignals = {
  skillCount: number;
  /** Lower-cased names of the skills the student accepted from their CV or LinkedIn. */
  importedSkills: string[];
  fields: string[];
  fieldOfStudy: string | null;
  /** Normalised with `placeKey`. */
  places: string[];
  remoteModes: string[];
  availableFrom: Date | null;
  availableTo: Date | null;
  minStipend: number | null;
  currency: string;
};

export type Candidate = {
  id: string;
  field: string;
  city: string;
  remoteMode: string;
  startFrom: Date | null;
  startTo: Date | null;
  stipendAmount: number | null;
  stipendCurrency: string;
  stipendPeriod: string;
  durationWeeks: number;
  publishedAt: Date | null;
  enterpriseName: string;
  /** The student's skills that the offer asks for. */
  matchedSkills: string[];
  offerSkillCount: number;
  /** Another offer of this enterprise is among the student's saved or applied ones. */
  sameEnterprise: boolean;
  /** The saved or applied offer most like this one (most shared skills, then same field). */
  similar: { title: string; source: "saved" | "applied"; sharedSkills: number; sameField: boolean } | null;
};

/** Place names compared without case or accents ("Saint-Étienne" = "saint-etienne"). */
export const placeKey = (place: string) =>
  place
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();

const WEEKS_PER_MONTH = 52 / 12;

/** The offer's stipend per month, to compare with a monthly minimum. */
function monthlyStipend(c: Candidate): number | null {
  if (c.stipendAmount === null) return null;
  if (c.stipendPeriod === "WEEK") return c.stipendAmount * WEEKS_PER_MONTH;
  if (c.stipendPeriod === "TOTAL") return c.stipendAmount / Math.max(1, c.durationWeeks / WEEKS_PER_MONTH);
  return c.stipendAmount;
}

export function scoreOffer(student: StudentSignals, c: Candidate): { score: number; reasons: Reason[] } {
  const found: { reason: Reason; points: number }[] = [];
  const add = (code: ReasonCode, values: Reason["values"], points: number = WEIGHTS[code]) =>
    found.push({ reason: { code, values }, points });

  const matched = c.matchedSkills.length;
  if (matched > 0) {
    // Full marks when every skill that could overlap does: the smaller of the two lists.
    const best = Math.max(1, Math.min(student.skillCount, c.offerSkillCount));
    const fromCv = c.matchedSkills.filter((name) => student.importedSkills.includes(name.toLowerCase())).length;
    add(
      "skills",
      { matched, total: student.skillCount, names: c.matchedSkills.join(", "), ...(fromCv > 0 && { fromCv }) },
      (WEIGHTS.skills * Math.min(matched, best)) / best,
    );
  }
  if (student.fields.includes(c.field)) add("field", { field: c.field });
  if (student.fieldOfStudy === c.field) add("studyField", { field: c.field });
  if (student.places.includes(placeKey(c.city))) add("place", { city: c.city });
  if (student.remoteModes.includes(c.remoteMode)) add("remote", { mode: c.remoteMode });

  const start = c.startFrom ?? c.startTo;
  const end = c.startTo ?? c.startFrom;
  if (start && end && (student.availableFrom || student.availableTo)) {
    const startsInTime = !student.availableTo || start <= student.availableTo;
    const notTooEarly = !student.availableFrom || end >= student.availableFrom;
    if (startsInTime && notTooEarly) add("dates", { from: start.toISOString(), to: end.toISOString() });
  }

  const monthly = monthlyStipend(c);
  if (
    student.minStipend &&
    monthly !== null &&
    c.stipendCurrency === student.currency &&
    monthly >= student.minStipend
  ) {
    add("stipend", {
      amount: c.stipendAmount!,
      currency: c.stipendCurrency,
      period: c.stipendPeriod,
      minimum: student.minStipend,
    });
  }

  const similar = c.similar;
  if (similar && (similar.sharedSkills >= 2 || (similar.sameField && similar.sharedSkills >= 1))) {
    add("similar", { title: similar.title, source: similar.source });
  }
  if (c.sameEnterprise) add("enterprise", { name: c.enterpriseName });

  const score = Math.min(100, Math.round(found.reduce((sum, f) => sum + f.points, 0)));
  return { score, reasons: found.map((f) => f.reason) };
}

/** Best score first; then the newest offer; then the id, so equal scores always come in one order. */
export function byRank(a: { score: number; candidate: Candidate }, b: { score: number; candidate: Candidate }): number {
  if (a.score !== b.score) return b.score - a.score;
  const published = (b.candidate.publishedAt?.getTime() ?? 0) - (a.candidate.publishedAt?.getTime() ?? 0);
  if (published !== 0) return published;
  return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
}
