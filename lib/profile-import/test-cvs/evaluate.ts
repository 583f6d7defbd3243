import { analyseCvText } from "../analyse-cv-text";
import { extractPdfText } from "../extract-pdf-text";
import type { ProposalDraft } from "../proposal-data";
import { readLinkedInExport } from "../read-linkedin-export";
import { CV_CORPUS, type CvCase } from "./corpus";
import { LINKEDIN_EXPORT_EXPECTED, linkedInExportZip } from "./linkedin-export";
import { renderCv } from "./render-cv";

export type Score = { expected: number; proposed: number; found: number; wrong: number };
export type CaseResult = { id: string; missed: string[]; wrong: string[]; scores: Record<Kind, Score> };
type Kind = "skills" | "education" | "experience" | "languages";

const lower = (text: string) => text.toLocaleLowerCase("fr");

function score(drafts: ProposalDraft[], expected: Omit<CvCase, "layout">): CaseResult {
  const missed: string[] = [];
  const wrong: string[] = [];
  const scores = {} as Record<Kind, Score>;
  const tally = <T, W>(
    kind: Kind,
    proposed: T[],
    wanted: W[],
    matches: (p: T, w: W) => boolean,
    label: (p: T) => string,
  ) => {
    const found = wanted.filter((w) => proposed.some((p) => matches(p, w)));
    const bad = proposed.filter((p) => !wanted.some((w) => matches(p, w)));
    missed.push(...wanted.filter((w) => !found.includes(w)).map((w) => `${kind}:${JSON.stringify(w)}`));
    wrong.push(...bad.map((p) => `${kind}:${label(p)}`));
    scores[kind] = { expected: wanted.length, proposed: proposed.length, found: found.length, wrong: bad.length };
  };
  const of = <K extends ProposalDraft["kind"]>(kind: K) =>
    drafts.filter((d) => d.kind === kind).map((d) => d.data as Extract<ProposalDraft, { kind: K }>["data"]);
  tally(
    "skills",
    of("SKILL"),
    expected.skills,
    (p, w: string) => lower(p.name) === lower(w),
    (p) => p.name,
  );
  tally(
    "education",
    of("EDUCATION"),
    expected.education,
    (p, [school, year]: [string, string | null]) =>
      lower(p.institution).includes(lower(school)) && (!year || (p.start ?? "").startsWith(year)),
    (p) => `${p.degree} @ ${p.institution} ${p.start}`,
  );
  tally(
    "experience",
    of("EXPERIENCE"),
    expected.experience,
    (p, [employer, role]: [string, string]) =>
      lower(p.employer).includes(lower(employer)) && lower(p.role).includes(lower(role)),
    (p) => `${p.role} @ ${p.employer}`,
  );
  tally(
    "languages",
    of("LANGUAGE"),
    Object.entries(expected.languages) as [string, string | null][],
    (p, [code, level]: [string, string | null]) => p.language === code && p.level === level,
    (p) => `${p.language}:${p.level}`,
  );
  return { id: expected.id, missed, wrong, scores };
}

/** Every CV of the corpus rendered to PDF, read back and analysed, and the LinkedIn export. */
export async function evaluateCorpus(knownSkills: readonly string[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const cv of CV_CORPUS) {
    const extracted = await extractPdfText(await renderCv(cv.layout));
    if (!extracted.ok) throw new Error(`${cv.id}: ${extracted.reason}`);
    results.push(score(analyseCvText(extracted.text, knownSkills), cv));
  }
  const zip = readLinkedInExport(linkedInExportZip(), knownSkills);
  if (!zip.ok) throw new Error(zip.reason);
  results.push(score(zip.drafts, LINKEDIN_EXPORT_EXPECTED));
  return results;
}

/** Precision and recall of one kind over the whole corpus. */
export function totals(results: CaseResult[], kind: Kind) {
  const sum = results.reduce(
    (acc, r) => ({
      expected: acc.expected + r.scores[kind].expected,
      proposed: acc.proposed + r.scores[kind].proposed,
      found: acc.found + r.scores[kind].found,
      wrong: acc.wrong + r.scores[kind].wrong,
    }),
    { expected: 0, proposed: 0, found: 0, wrong: 0 },
  );
  return {
    ...sum,
    recall: sum.expected ? sum.found / sum.expected : 1,
    precision: sum.proposed ? (sum.proposed - sum.wrong) / sum.proposed : 1,
    wrongShare: sum.proposed ? sum.wrong / sum.proposed : 0,
  };
}
