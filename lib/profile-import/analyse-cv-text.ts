import { findSkills } from "@/lib/skills/find-skills";
import { readEducation } from "./cv-education";
import { readExperience } from "./cv-experience";
import { readLanguages } from "./cv-languages";
import { splitSections } from "./cv-sections";
import { distinctDrafts, type ProposalDraft } from "./proposal-data";

/**
 * What a CV's text proposes for the profile, in French or English: the skills it names (from the
 * shared list `knownSkills` and the alias table), its degrees, its jobs, its languages and levels.
 * A pure function: the workflow gives it the text and the list.
 */
export function analyseCvText(text: string, knownSkills: readonly string[]): ProposalDraft[] {
  const sections = splitSections(text);
  const inSections = (kind: string) => sections.filter((section) => section.kind === kind);
  // The languages section names languages, not skills ("C1" is not C).
  const skillText = sections
    .filter((section) => section.kind !== "languages")
    .map((section) => section.lines.join("\n"))
    .join("\n\n");
  const languageSections = inSections("languages");
  const languages = languageSections.length
    ? readLanguages(languageSections.flatMap((section) => section.lines))
    : readLanguages(text.split("\n"), true);

  return distinctDrafts([
    ...findSkills(skillText, knownSkills).map((skill): ProposalDraft => ({
      kind: "SKILL",
      data: { name: skill.name },
      evidence: skill.matched,
    })),
    ...inSections("education")
      .flatMap((section) => readEducation(section.lines))
      .map(({ evidence, ...data }): ProposalDraft => ({
        kind: "EDUCATION",
        data,
        evidence,
      })),
    ...inSections("experience")
      .flatMap((section) => readExperience(section.lines))
      .map(({ evidence, ...data }): ProposalDraft => ({ kind: "EXPERIENCE", data, evidence })),
    ...languages.map(({ evidence, ...data }): ProposalDraft => ({
      kind: "LANGUAGE",
      data,
      evidence,
    })),
  ]);
}
