import { evaluateAssistant } from "@/lib/assistant/evaluate";

/** Prints the share of the assistant's fixed question set answered right, per role and language (no LLM). */
const scores = evaluateAssistant();
for (const score of scores) {
  console.log(
    `${score.role.padEnd(11)} ${score.lang}  ${score.right}/${score.total}  ${(score.share * 100).toFixed(1)} %`,
  );
  for (const failure of score.failures) console.log(`    ✗ ${failure}`);
}
const total = scores.reduce((sum, s) => sum + s.total, 0);
const right = scores.reduce((sum, s) => sum + s.right, 0);
console.log(`all          ${right}/${total}  ${((right / total) * 100).toFixed(1)} %`);
