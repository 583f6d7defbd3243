import type { LanguageLevelCode } from "./cv-languages";

/** What each kind of proposal holds (the `data` column): dates as the CV gave them, "2023-06" or "2023". */
export type SkillData = { name: string };
export type EducationData = { institution: string; degree: string; start: string | null; end: string | null };
export type ExperienceData = { employer: string; role: string; start: string | null; end: string | null };
export type LanguageData = { language: string; level: LanguageLevelCode | null };

export type ProposalDraft =
  | { kind: "SKILL"; data: SkillData; evidence: string }
  | { kind: "EDUCATION"; data: EducationData; evidence: string }
  | { kind: "EXPERIENCE"; data: ExperienceData; evidence: string }
  | { kind: "LANGUAGE"; data: LanguageData; evidence: string };

/** Proposals of a reading without repeats (the same skill twice, the same degree from two files). */
export function distinctDrafts(drafts: ProposalDraft[]): ProposalDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    const key = `${draft.kind}:${JSON.stringify(draft.kind === "SKILL" ? draft.data.name.toLowerCase() : draft.kind === "LANGUAGE" ? draft.data.language : draft.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
