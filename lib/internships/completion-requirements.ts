import type { Tx } from "@/lib/core/db";
import { FINAL_FORM_KINDS } from "./evaluation-kinds";

/** What an internship still lacks before it can be completed, as keys of the `reasons` catalogue. */
export type CompletionGap = "tutorFinalEvaluationMissing" | "supervisorEvaluationMissing" | "finalReportMissing";

const GAP_OF_KIND = { TUTOR_FINAL: "tutorFinalEvaluationMissing", SUPERVISOR: "supervisorEvaluationMissing" } as const;

/**
 * The final evaluations by the tutor and the supervisor, and the final report validated by the
 * supervisor: each one missing is named. An empty list means the internship may be completed.
 */
export async function missingForCompletion(tx: Tx, internshipId: string): Promise<CompletionGap[]> {
  const [internship, evaluations] = await Promise.all([
    tx.internship.findUnique({
      where: { id: internshipId },
      select: { finalReport: { select: { status: true, deletedAt: true } } },
    }),
    tx.internshipEvaluation.findMany({
      where: { internshipId, formKind: { in: FINAL_FORM_KINDS } },
      select: { formKind: true },
    }),
  ]);
  const missing: CompletionGap[] = FINAL_FORM_KINDS.filter((kind) => !evaluations.some((e) => e.formKind === kind)).map(
    (kind) => GAP_OF_KIND[kind as keyof typeof GAP_OF_KIND],
  );
  const report = internship?.finalReport;
  if (!report || report.status !== "VALIDATED" || report.deletedAt) missing.push("finalReportMissing");
  return missing;
}
