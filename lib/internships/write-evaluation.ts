import { recordAudit } from "@/lib/core/audit";
import { conflict } from "@/lib/core/errors";
import { isUniqueViolation } from "@/lib/core/db-errors";
import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { EvaluationFormKind } from "@/lib/generated/prisma/enums";
import { agreementValues, type EvaluationInternship } from "./evaluation-internship";
import { FORM_KIND_PARTY } from "./evaluation-kinds";
import { currentForm, type CurrentForm } from "./evaluation-forms";
import { answersSchema, overallOf, type Answers } from "./evaluation-schemas";

/** Checks the answers against the form the university uses now; field reasons name `answers.<question>`. */
export async function checkedAnswers(form: CurrentForm, input: unknown) {
  const { answers, comment } = await validate(answersSchema(form.definition), input);
  return { answers: answers as Answers, comment: comment || null };
}

/**
 * Writes one evaluation, once, in the caller's transaction: the form as it is now is copied on the
 * row (with the agreement's values it showed), so that a later change of the form leaves it as
 * answered. Emits internship.evaluated.
 */
export async function writeEvaluation(
  tx: Tx,
  internship: EvaluationInternship,
  formKind: EvaluationFormKind,
  input: unknown,
  evaluator: { userId: string | null; name: string | null; email: string | null },
) {
  if (internship.status === "PLANNED") throw conflict("internshipNotActive");
  if (internship.status !== "ACTIVE") throw conflict("internshipEnded");
  const form = await currentForm(internship.universityId, formKind, tx);
  const { answers, comment } = await checkedAnswers(form, input);
  const existing = await tx.internshipEvaluation.findUnique({
    where: { internshipId_formKind: { internshipId: internship.id, formKind } },
    select: { id: true },
  });
  if (existing) throw conflict("evaluationAlreadySubmitted");
  const { party, period } = FORM_KIND_PARTY[formKind];
  try {
    const row = await tx.internshipEvaluation.create({
      data: {
        internshipId: internship.id,
        evaluatorId: evaluator.userId,
        evaluatorName: evaluator.name,
        evaluatorEmail: evaluator.email,
        kind: party,
        period,
        formKind,
        formVersion: form.version,
        form: { definition: form.definition, agreement: agreementValues(internship) },
        scores: answers,
        overall: overallOf(form.definition, answers),
        comment,
      },
      select: { id: true, createdAt: true },
    });
    await recordEvent(tx, "internship.evaluated", { internshipId: internship.id, evaluationId: row.id });
    await recordAudit(tx, {
      actorId: evaluator.userId,
      action: "evaluation.submitted",
      entity: "Internship",
      entityId: internship.id,
      before: null,
      after: {
        evaluationId: row.id,
        formKind,
        formVersion: form.version,
        overall: overallOf(form.definition, answers),
      },
    });
    return { id: row.id, formKind, submittedAt: row.createdAt };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("evaluationAlreadySubmitted");
    throw error;
  }
}
