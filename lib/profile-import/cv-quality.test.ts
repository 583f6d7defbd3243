import { describe, expect, it } from "vitest";
import { SKILLS } from "@/prisma/seed-data";
import { CV_CORPUS } from "./test-cvs/corpus";
import { evaluateCorpus, totals } from "./test-cvs/evaluate";

// The fixed corpus (French and English, one and two columns, a LinkedIn PDF and export): each CV is
// rendered to PDF, read back with unpdf and analysed, as scripts/eval/cv-analysis.ts prints it.
describe("the CV analysis on the fixed corpus", () => {
  it("finds at least 90 % of the expected skills with at most 10 % wrong proposals", { timeout: 120_000 }, async () => {
    expect(CV_CORPUS.length).toBeGreaterThanOrEqual(20);
    const results = await evaluateCorpus(SKILLS);
    const skills = totals(results, "skills");
    expect(skills.expected).toBeGreaterThan(100);
    expect(skills.recall).toBeGreaterThanOrEqual(0.9);
    expect(skills.wrongShare).toBeLessThanOrEqual(0.1);
    // Degrees, jobs and languages are proposals too: held to the same bar.
    for (const kind of ["education", "experience", "languages"] as const) {
      const score = totals(results, kind);
      expect({ kind, recall: score.recall >= 0.9, wrong: score.wrongShare <= 0.1 }).toEqual({
        kind,
        recall: true,
        wrong: true,
      });
    }
  });
});
