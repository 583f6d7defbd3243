import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { agreementValues, formsFilledBy, readsForm, scopedInternship } from "./evaluation-internship";
import { FORM_KIND_PARTY, opensOn } from "./evaluation-kinds";
import { currentForm } from "./evaluation-forms";
import { EVALUATION_FORM_KINDS, type Answers, type FormDefinition } from "./evaluation-schemas";

export type StoredForm = { definition: FormDefinition; agreement: Record<string, string | null> };

/**
 * The evaluations of an internship for one of its parties: each form kind they may read, submitted
 * (with the form as it was answered) or not yet; for the forms the caller fills and has not sent,
 * the form to fill today and the agreement's values it shows.
 */
export async function listInternshipEvaluations(actor: Actor | null, internshipId: string) {
  const me = requireActor(actor);
  const internship = await scopedInternship(me, internshipId);
  const mine = formsFilledBy(me, internship);
  const rows = await db.internshipEvaluation.findMany({
    where: { internshipId: internship.id },
    select: {
      id: true,
      formKind: true,
      formVersion: true,
      form: true,
      scores: true,
      overall: true,
      comment: true,
      evaluatorName: true,
      createdAt: true,
    },
  });
  const items = [];
  for (const kind of EVALUATION_FORM_KINDS.filter((k) => readsForm(me, k))) {
    const row = rows.find((r) => r.formKind === kind);
    const fills = mine.includes(kind);
    const toFill = fills && !row && internship.status === "ACTIVE";
    items.push({
      kind,
      party: FORM_KIND_PARTY[kind].party,
      period: FORM_KIND_PARTY[kind].period,
      opensOn: opensOn(kind, internship),
      mine: fills,
      submitted: row
        ? {
            id: row.id,
            submittedAt: row.createdAt,
            evaluatorName: row.evaluatorName,
            formVersion: row.formVersion,
            form: row.form as StoredForm,
            answers: row.scores as Answers,
            overall: row.overall,
            comment: row.comment,
          }
        : null,
      toFill: toFill ? await currentForm(internship.universityId, kind) : null,
    });
  }
  return {
    internship: {
      id: internship.id,
      status: internship.status,
      studentName: internship.student.user.name,
      enterpriseName: internship.enterprise.name,
      offerTitle: internship.offer?.title ?? null,
    },
    agreement: agreementValues(internship),
    items,
  };
}
