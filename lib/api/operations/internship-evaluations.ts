import {
  AGREEMENT_FIELDS,
  EVALUATION_FORM_KINDS,
  formDefinitionSchema,
  QUESTION_TYPES,
  reportDecisionSchema,
  sendLinkSchema,
  submitEvaluationSchema,
} from "@/lib/internships/evaluation-schemas";
import { array, boolean, integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

// Internship evaluations through each university's forms, and the final report (issue 9).

const tags = ["internship evaluations"];
const instant = (): JsonSchema => string({ format: "date-time" });
const label = object({ fr: string(), en: string() });
const kind: JsonSchema = { type: "string", enum: [...EVALUATION_FORM_KINDS] };
const definition = object({
  sections: array(
    object({
      key: string(),
      title: label,
      questions: array(
        object(
          {
            key: string(),
            type: { type: "string", enum: [...QUESTION_TYPES] },
            label,
            required: boolean(),
            options: array(object({ key: string(), label })),
            agreementField: { type: "string", enum: [...AGREEMENT_FIELDS] },
          },
          ["options", "agreementField"],
        ),
      ),
    }),
  ),
});
const form = object({
  kind,
  version: integer({ minimum: 0, description: "0: the platform's default form." }),
  definition,
  isDefault: boolean(),
});
const answers: JsonSchema = {
  type: "object",
  additionalProperties: { type: ["boolean", "integer", "string", "null"] },
  description: "By question key: an integer 1–5 (scale), true/false (yesNo), an option key (choice), text.",
};
const agreementValues: JsonSchema = {
  type: "object",
  additionalProperties: { type: ["string", "null"] },
  description: "What the questions of type `agreement` show, by agreement field.",
};
const evaluationItem = object({
  kind,
  party: { type: "string", enum: ["TUTOR", "SUPERVISOR", "STUDENT_SELF"] },
  period: { type: "string", enum: ["MIDTERM", "FINAL"] },
  opensOn: instant(),
  mine: boolean(),
  submitted: nullable({
    ...object({
      id: string(),
      submittedAt: instant(),
      evaluatorName: nullable(string()),
      formVersion: integer({ minimum: 0 }),
      form: object({ definition, agreement: agreementValues }),
      answers,
      overall: nullable(integer({ minimum: 0, maximum: 100, description: "Mean of the 5-point answers, in percent." })),
      comment: nullable(string()),
    }),
    type: ["object"],
  }),
  toFill: nullable({ ...form, type: ["object"] }),
});
const report = object({
  id: string(),
  title: string(),
  status: { type: "string", enum: ["PENDING", "VALIDATED", "REJECTED"] },
  validatedAt: nullable(instant()),
  rejectionReason: nullable(string()),
  reviewedBy: nullable(string()),
  latestVersion: nullable({
    ...object({ version: integer(), fileName: string(), size: integer(), createdAt: instant() }),
    type: ["object"],
  }),
  downloadUrl: string(),
});
const notFound = { description: "No such internship among the caller's." };

export const internshipEvaluationsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/internships/{id}/evaluations",
    summary: "An internship's evaluations",
    description:
      "For the internship's parties: each evaluation they may read (the enterprise does not read the student's evaluation of the host), submitted — with the form as it was answered — or not yet; for the caller's own forms not sent yet, the form to fill today.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The evaluations.",
        schema: object({
          internship: object({
            id: string(),
            status: string(),
            studentName: string(),
            enterpriseName: string(),
            offerTitle: nullable(string()),
          }),
          agreement: agreementValues,
          items: array(evaluationItem),
        }),
      },
      404: notFound,
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/evaluations",
    summary: "Submit an evaluation",
    description:
      "The tutor (TUTOR_MIDTERM, TUTOR_FINAL), the assigned supervisor (SUPERVISOR) or the student (STUDENT_SELF, STUDENT_HOST) submits their evaluation, once, while the internship is ACTIVE. Answers are checked against the university's current form: a missing required answer, a value out of the 1–5 scale or not among the options is a 400 naming `answers.<key>`. Emits `internship.evaluated`.",
    tags,
    auth: true,
    requestBody: submitEvaluationSchema,
    responses: {
      201: { description: "Submitted.", schema: object({ id: string(), formKind: kind, submittedAt: instant() }) },
      403: { description: "Another party fills this form." },
      404: notFound,
      409: { description: "Already submitted, or the internship is not under way." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/evaluation-links",
    summary: "E-mail the tutor a single-use evaluation link",
    description:
      "Any party but the student. The link (72 hours, single-use) goes to the tutor's address (account, else agreement); a used or expired one can be renewed from its page, to the same address.",
    tags,
    auth: true,
    requestBody: sendLinkSchema,
    responses: {
      202: { description: "The e-mail is queued.", schema: object({ sent: boolean(), kind }) },
      403: { description: "Students do not send tutor links." },
      404: notFound,
      409: { description: "Already submitted, no tutor address, or the internship is not under way." },
    },
  },
  {
    method: "GET",
    path: "/internships/{id}/reports",
    summary: "An internship's final report",
    description:
      "For the internship's parties: the report document(s), their review, latest version and download address.",
    tags,
    auth: true,
    responses: {
      200: { description: "The reports.", schema: object({ finalReportId: nullable(string()), items: array(report) }) },
      404: notFound,
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/reports",
    summary: "Upload the final report",
    description:
      "The student, while the internship is ACTIVE: `multipart/form-data` with the PDF in a field named `file` (20 MB at most; the type is read from the bytes). A later upload is a new version of the same document, pending review again.",
    tags,
    auth: true,
    responses: {
      201: { description: "Uploaded.", schema: object({ id: string(), versionId: string(), status: string() }) },
      403: { description: "Not the internship's student." },
      404: notFound,
      409: { description: "Already validated, or the internship is not under way." },
      413: { description: "Larger than 20 MB." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/reports/{documentId}/decision",
    summary: "Validate or reject the final report",
    description:
      "The assigned supervisor, the university's admins or a system admin. A rejection needs a `reason`, which the student reads; a validation makes it the internship's final report (`finalReportId`).",
    tags,
    auth: true,
    requestBody: reportDecisionSchema,
    responses: {
      200: { description: "Decided.", schema: object({ id: string(), status: string(), reason: nullable(string()) }) },
      403: { description: "Not the internship's supervisor." },
      404: { description: "No such report of an internship of the caller's." },
      409: { description: "Already reviewed." },
    },
  },
  {
    method: "GET",
    path: "/universities/{id}/evaluation-forms/{kind}",
    summary: "A university's evaluation form",
    description:
      "For the university's staff and system admins: the current version of the form of this kind (the platform's default, version 0, until one is saved).",
    tags,
    auth: true,
    responses: {
      200: { description: "The form.", schema: form },
      403: { description: "Not university staff." },
      404: { description: "Another university." },
    },
  },
  {
    method: "PUT",
    path: "/universities/{id}/evaluation-forms/{kind}",
    summary: "Save a new version of an evaluation form",
    description:
      "The university's admins: sections of questions (scale, yesNo, choice with 2–10 options, text, agreement) labelled in French and English, keys unique in the form. Saved as the next version: evaluations already submitted keep theirs.",
    tags,
    auth: true,
    requestBody: formDefinitionSchema,
    responses: {
      200: { description: "The new current form.", schema: form },
      403: { description: "Not the university's admin." },
      404: { description: "Another university." },
      409: { description: "Saved by someone else meanwhile." },
    },
  },
];
