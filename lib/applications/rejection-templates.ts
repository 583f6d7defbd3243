import { asLocale, type Locale } from "@/lib/core/i18n-config";
import { catalogues } from "@/lib/core/translator";
import type { RejectionReason } from "@/lib/generated/prisma/enums";

/** A template as the enterprise reads it: one of its own, or one of the platform's built-in ones. */
export type TemplateView = {
  id: string;
  name: string;
  reason: RejectionReason | null;
  bodyFr: string | null;
  bodyEn: string | null;
  builtIn: boolean;
};

export const templateSelect = { id: true, name: true, reason: true, bodyFr: true, bodyEn: true } as const;

const BUILT_IN: { key: "positionFilled" | "profileNotMatching" | "otherCandidate"; reason: RejectionReason }[] = [
  { key: "positionFilled", reason: "POSITION_FILLED" },
  { key: "profileNotMatching", reason: "PROFILE_NOT_MATCHING" },
  { key: "otherCandidate", reason: "OTHER_CANDIDATE_PREFERRED" },
];

/**
 * The templates every enterprise has without writing any (in messages/<locale>/evaluations.json,
 * read raw: their {variables} are ours, not ICU's). Named in the reader's language.
 */
export function builtInTemplates(locale: string): TemplateView[] {
  const texts = (lang: Locale) => catalogues[lang].evaluations.templates.builtIn;
  const named = asLocale(locale);
  return BUILT_IN.map(({ key, reason }) => ({
    id: `builtin-${key}`,
    name: texts(named)[key].name,
    reason,
    bodyFr: texts("fr")[key].body,
    bodyEn: texts("en")[key].body,
    builtIn: true,
  }));
}

export const ownTemplate = (row: Omit<TemplateView, "builtIn">): TemplateView => ({ ...row, builtIn: false });
