import { db } from "@/lib/core/db";
import { readGuestLink } from "@/lib/identity/guest-link";
import { agreementValues, loadInternship } from "./evaluation-internship";
import { currentForm } from "./evaluation-forms";
import type { LinkData } from "./evaluation-links";
import type { StoredForm } from "./list-internship-evaluations";
import type { Answers } from "./evaluation-schemas";

/**
 * What an e-mailed link opens, without using it up: the form to fill; or, for a used or expired
 * link, only that (the page offers a new link, sent to the same address, which is never shown);
 * a link whose evaluation was sent shows it read-only. An unknown token is "unknown".
 */
export async function openEvaluationLink(token: string) {
  const link = await readGuestLink(db, "EVALUATION_LINK", token);
  if (!link) return { state: "unknown" as const };
  const { internshipId, kind } = link.data as LinkData;
  const internship = await loadInternship({ id: internshipId });
  if (!internship) return { state: "unknown" as const };
  const submitted = await db.internshipEvaluation.findUnique({
    where: { internshipId_formKind: { internshipId, formKind: kind } },
    select: { form: true, scores: true, comment: true, createdAt: true },
  });
  const summary = {
    kind,
    studentName: internship.student.user.name,
    enterpriseName: internship.enterprise.name,
    offerTitle: internship.offer?.title ?? null,
  };
  if (submitted && link.state === "valid")
    return {
      state: "submitted" as const,
      ...summary,
      form: submitted.form as StoredForm,
      answers: submitted.scores as Answers,
      comment: submitted.comment,
      submittedAt: submitted.createdAt,
    };
  if (link.state !== "valid") return { state: link.state, ...summary };
  if (internship.status !== "ACTIVE") return { state: "closed" as const, ...summary };
  const form = await currentForm(internship.universityId, kind);
  return {
    state: "valid" as const,
    ...summary,
    form: { definition: form.definition, agreement: agreementValues(internship) } satisfies StoredForm,
  };
}
