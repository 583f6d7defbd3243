import * as yup from "yup";
import type { EvaluationFormKind, EvaluatorKind } from "@/lib/generated/prisma/enums";
import { EVALUATION_FORM_KINDS } from "./evaluation-schemas";

export const formKindSchema = yup.string().required("required").oneOf(EVALUATION_FORM_KINDS, "choice");

/** Who fills each form, and the period it names on the evaluation row. */
export const FORM_KIND_PARTY: Record<EvaluationFormKind, { party: EvaluatorKind; period: "MIDTERM" | "FINAL" }> = {
  TUTOR_MIDTERM: { party: "TUTOR", period: "MIDTERM" },
  TUTOR_FINAL: { party: "TUTOR", period: "FINAL" },
  SUPERVISOR: { party: "SUPERVISOR", period: "FINAL" },
  STUDENT_SELF: { party: "STUDENT_SELF", period: "FINAL" },
  STUDENT_HOST: { party: "STUDENT_SELF", period: "FINAL" },
};

/** The forms completion needs: the tutor's and the supervisor's final evaluations. */
export const FINAL_FORM_KINDS: EvaluationFormKind[] = ["TUTOR_FINAL", "SUPERVISOR"];

/** When a form opens: the midterm one halfway through, the others two weeks before the last day (UTC days). */
export function opensOn(kind: EvaluationFormKind, internship: { startDate: Date; endDate: Date }): Date {
  const start = internship.startDate.getTime();
  const end = internship.endDate.getTime();
  const day = 86_400_000;
  const at =
    kind === "TUTOR_MIDTERM" ? start + Math.floor((end - start) / day / 2) * day : Math.max(start, end - 14 * day);
  return new Date(at);
}
