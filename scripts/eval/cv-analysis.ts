import { evaluateCorpus, totals } from "@/lib/profile-import/test-cvs/evaluate";
import { SKILLS } from "@/prisma/seed-data";

/**
 * Precision and recall of the CV analysis on the fixed corpus (lib/profile-import/test-cvs): each CV
 * rendered to PDF, read back with unpdf, analysed; the LinkedIn export ZIP too. No database: the
 * shared list is the demo one.
 *   npx tsx scripts/eval/cv-analysis.ts
 */
const results = await evaluateCorpus(SKILLS);
for (const result of results) {
  const s = result.scores.skills;
  console.log(`${result.id.padEnd(32)} skills ${s.found}/${s.expected} found, ${s.wrong} wrong of ${s.proposed}`);
  for (const miss of result.missed) console.log(`    missed ${miss}`);
  for (const wrong of result.wrong) console.log(`    wrong  ${wrong}`);
}
console.log(`\n${results.length} documents`);
for (const kind of ["skills", "education", "experience", "languages"] as const) {
  const t = totals(results, kind);
  console.log(
    `${kind.padEnd(11)} recall ${(t.recall * 100).toFixed(1)} % (${t.found}/${t.expected})  precision ${(t.precision * 100).toFixed(1)} %  wrong ${(t.wrongShare * 100).toFixed(1)} % (${t.wrong}/${t.proposed})`,
  );
}
