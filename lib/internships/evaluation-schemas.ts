import * as yup from "yup";
import { tooLong, tooMany } from "@/lib/core/limit-messages";

// Shared by the forms and the server: imported by client components, so no database here.

export const EVALUATION_FORM_KINDS = [
  "TUTOR_MIDTERM",
  "TUTOR_FINAL",
  "SUPERVISOR",
  "STUDENT_SELF",
  "STUDENT_HOST",
] as const;
export type EvaluationFormKindName = (typeof EVALUATION_FORM_KINDS)[number];

export const QUESTION_TYPES = ["scale", "yesNo", "choice", "text", "agreement"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a question "from the agreement" shows: read from the internship's agreement, never answered. */
export const AGREEMENT_FIELDS = ["tasks", "place", "dates", "weeklyHours", "tutorName"] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const MAX_TEXT_ANSWER = 2000;
export const MAX_LABEL = 300;

export type Label = { fr: string; en: string };
export type Question = {
  key: string;
  type: QuestionType;
  label: Label;
  required: boolean;
  options?: { key: string; label: Label }[];
  agreementField?: AgreementField;
};
export type Section = { key: string; title: Label; questions: Question[] };
export type FormDefinition = { sections: Section[] };
export type Answers = Record<string, boolean | number | string | null>;

const KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const key = () => yup.string().required("required").matches(KEY, "evaluationKey");
const label = () =>
  yup
    .object({
      fr: yup.string().trim().required("required").max(MAX_LABEL, tooLong),
      en: yup.string().trim().required("required").max(MAX_LABEL, tooLong),
    })
    .required("required");

const questionSchema = yup.object({
  key: key(),
  type: yup.string().required("required").oneOf(QUESTION_TYPES, "choice"),
  label: label(),
  required: yup.boolean().default(false),
  options: yup
    .array(yup.object({ key: key(), label: label() }))
    .max(10, tooMany)
    .when("type", {
      is: "choice",
      then: (schema) =>
        schema
          .required("required")
          .min(2, ({ min }: { min: number }) => ({ key: "tooFew", values: { min } }))
          .test("unique", "duplicateOption", (options) => unique((options ?? []).map((o) => o.key))),
      otherwise: (schema) => schema.strip(),
    }),
  agreementField: yup.string().when("type", {
    is: "agreement",
    then: (schema) => schema.required("required").oneOf(AGREEMENT_FIELDS, "choice"),
    otherwise: (schema) => schema.strip(),
  }),
});

/** A form's definition, as the university admin edits it: every key unique in the form. */
export const formDefinitionSchema = yup
  .object({
    sections: yup
      .array(
        yup.object({
          key: key(),
          title: label(),
          questions: yup
            .array(questionSchema)
            .required("required")
            .min(1, ({ min }: { min: number }) => ({ key: "tooFew", values: { min } }))
            .max(40, tooMany),
        }),
      )
      .required("required")
      .min(1, ({ min }: { min: number }) => ({ key: "tooFew", values: { min } }))
      .max(20, tooMany)
      .test("unique-keys", "duplicate", (sections) =>
        unique((sections ?? []).flatMap((s) => (s.questions ?? []).map((q) => q.key))),
      ),
  })
  .noUnknown();

const unique = (keys: string[]) => new Set(keys).size === keys.length;

const scaleMessage = { key: "evaluationScale", values: { min: SCALE_MIN, max: SCALE_MAX } };

/** The answers a form asks for, as a yup schema: the browser checks them, the server again. */
export function answersSchema(definition: FormDefinition) {
  const shape: Record<string, yup.AnySchema> = {};
  for (const question of definition.sections.flatMap((s) => s.questions)) {
    const schema = answerSchema(question);
    if (schema) shape[question.key] = question.required ? schema.required("required") : schema.nullable().optional();
  }
  return yup.object({
    answers: yup.object(shape).required("required"),
    comment: yup.string().trim().max(MAX_TEXT_ANSWER, tooLong).optional(),
  });
}

function answerSchema(question: Question): yup.AnySchema | null {
  switch (question.type) {
    case "scale":
      return yup
        .number()
        .typeError(scaleMessage)
        .integer(scaleMessage)
        .min(SCALE_MIN, scaleMessage)
        .max(SCALE_MAX, scaleMessage)
        .transform((value, original) => (original === "" ? undefined : value));
    case "yesNo":
      return yup
        .boolean()
        .typeError("yesOrNo")
        .transform((value, original) => (original === "" ? undefined : value));
    case "choice":
      return yup
        .string()
        .oneOf(
          (question.options ?? []).map((o) => o.key),
          "notAnOption",
        )
        .transform((value) => (value === "" ? undefined : value));
    case "text":
      return yup
        .string()
        .typeError("wrongType")
        .trim()
        .max(MAX_TEXT_ANSWER, tooLong)
        .transform((value) => (value === "" ? undefined : value));
    case "agreement":
      return null;
  }
}

/** The mean of the 5-point answers as a percentage of the top of the scale; null without any. */
export function overallOf(definition: FormDefinition, answers: Answers): number | null {
  const scores = definition.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.type === "scale")
    .map((q) => answers[q.key])
    .filter((v): v is number => typeof v === "number");
  if (!scores.length) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length / SCALE_MAX) * 100);
}

export const sendLinkSchema = yup.object({
  kind: yup
    .string()
    .required("required")
    .oneOf(["TUTOR_MIDTERM", "TUTOR_FINAL"] as const, "choice"),
});

export const reportDecisionSchema = yup.object({
  decision: yup
    .string()
    .required("required")
    .oneOf(["VALIDATED", "REJECTED"] as const, "choice"),
  reason: yup
    .string()
    .trim()
    .max(1000, tooLong)
    .when("decision", {
      is: "REJECTED",
      then: (schema) => schema.required("reportRejectionReason"),
      otherwise: (schema) => schema.optional(),
    }),
});

/** The shape of a submission, for the API description: the answers are checked against the form (answersSchema). */
export const submitEvaluationSchema = yup.object({
  kind: yup.string().required("required").oneOf(EVALUATION_FORM_KINDS, "choice"),
  answers: yup.object().required("required"),
  comment: yup.string().max(MAX_TEXT_ANSWER, tooLong).optional(),
});
