import enterprise from "./eval/enterprise.json";
import student from "./eval/student.json";
import supervisor from "./eval/supervisor.json";
import vocabulary from "./eval/vocabulary.json";
import type { Role } from "@/lib/generated/prisma/enums";
import { recognise, type ProposedSearch } from "./recognise";

/** One question of the fixed evaluation set and what a right answer recognises. */
export type EvalQuestion = {
  lang: string;
  text: string;
  /** The intent a right answer recognises; null: the assistant must say it cannot answer. */
  intent: string | null;
  period?: string;
  offers?: string[];
  q?: string;
  facets?: Partial<Record<keyof ProposedSearch["facets"], string[]>>;
};

export const EVAL_SETS: Record<"student" | "enterprise" | "supervisor", { role: Role; questions: EvalQuestion[] }> = {
  student: { role: "STUDENT", questions: student },
  enterprise: { role: "ENTERPRISE", questions: enterprise },
  supervisor: { role: "UNIVERSITY_SUPERVISOR", questions: supervisor },
};

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

/** Why a question is answered wrongly (empty: right): the intent, the period, the offers named, every facet. */
export function mistakes(role: Role, question: EvalQuestion): string[] {
  const got = recognise(question.text, role, vocabulary, new Date(vocabulary.now));
  const wrong: string[] = [];
  // null: the assistant must decline (not understood, or another role's question), never answer wrongly.
  const declined = got.intent === null || !got.forRole;
  if (question.intent === null ? !declined : got.intent !== question.intent || !got.forRole)
    wrong.push(`intent ${got.intent}${got.forRole ? "" : " (declined)"} ≠ ${question.intent ?? "declined"}`);
  if (question.period && got.period?.key !== question.period)
    wrong.push(`period ${got.period?.key} ≠ ${question.period}`);
  if (question.offers && !same(got.offers, question.offers)) wrong.push(`offers ${got.offers} ≠ ${question.offers}`);
  if (question.facets) {
    const facets = got.search?.facets;
    for (const facet of ["city", "remote", "field", "start", "stipend", "skills"] as const) {
      const want = question.facets[facet] ?? [];
      const have = facets?.[facet] ?? [];
      if (!same(have, want)) wrong.push(`${facet} [${have}] ≠ [${want}]`);
    }
  }
  if (question.q !== undefined && (got.search?.q ?? "") !== question.q)
    wrong.push(`q "${got.search?.q}" ≠ "${question.q}"`);
  return wrong;
}

export type EvalScore = { role: string; lang: string; total: number; right: number; share: number; failures: string[] };

/** The share of the set answered right, per role and language. */
export function evaluateAssistant(): EvalScore[] {
  const scores: EvalScore[] = [];
  for (const [name, set] of Object.entries(EVAL_SETS)) {
    for (const lang of [...new Set(set.questions.map((q) => q.lang))]) {
      const questions = set.questions.filter((q) => q.lang === lang);
      const failures = questions.flatMap((q) => {
        const wrong = mistakes(set.role, q);
        return wrong.length ? [`${q.text} — ${wrong.join("; ")}`] : [];
      });
      const right = questions.length - failures.length;
      scores.push({ role: name, lang, total: questions.length, right, share: right / questions.length, failures });
    }
  }
  return scores;
}
