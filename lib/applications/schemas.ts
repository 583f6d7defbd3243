import * as yup from "yup";
import { pageSchema } from "@/lib/core/pagination";
import { SLOT_PLACE_MAX, slotFields } from "@/lib/core/time-slots";
import { clearableText, tooLarge, tooLong, tooMany, tooSmall } from "@/lib/core/limit-messages";
import type { ApplicationStatus, Recommendation, RejectionReason } from "@/lib/generated/prisma/enums";
import { QUESTIONS_MAX } from "@/lib/offers/schemas";
import { TEMPLATE_VARIABLES, unknownVariables } from "./rejection-template-text";
import { CRITERIA_MAX, CRITERION_LABEL_MAX, RATING_MAX, RATING_MIN, RECOMMENDATIONS } from "./scorecard-criteria";
import { STATUS_ORDER } from "./transitions";

export const COVER_LETTER_MAX = 4000;
export const MESSAGE_MAX = 2000;
export const WITHDRAWAL_REASON_MAX = 500;

/** The reasons an enterprise picks from when it declines (RejectionReason in the schema). */
export const REJECTION_REASONS = [
  "POSITION_FILLED",
  "PROFILE_NOT_MATCHING",
  "MISSING_SKILLS",
  "AVAILABILITY_NOT_MATCHING",
  "OTHER_CANDIDATE_PREFERRED",
  "OTHER",
] as const satisfies readonly RejectionReason[];

/**
 * One answer to a screening question of the offer: text, "yes"/"no" (or a boolean), or the option
 * chosen; null or "" clears it. What it must be for its question is checked against the offer's
 * questions (screening-answers.ts), whose reasons name the field `answers.<questionId>`.
 */
export const answerSchema = yup.object({
  questionId: yup.string().trim().required("required").max(40, tooLong),
  value: yup
    .string()
    .transform((value, original) => (typeof original === "boolean" ? (original ? "yes" : "no") : value))
    .typeError("wrongType")
    .trim()
    // A generous bound against huge bodies; each question's own limit is checked with it.
    .max(10_000, tooLong)
    .nullable()
    .default(null)
    .transform((value) => (value === "" ? null : value)),
});
export type AnswerInput = yup.InferType<typeof answerSchema>;

/** What a draft holds: the cover letter, the CV chosen (the profile's CV, or none), the answers sent. */
export const applicationDraftSchema = yup.object({
  coverLetter: clearableText(COVER_LETTER_MAX),
  cvDocumentId: clearableText(40),
  /** Only the answers sent change; left out, the saved ones stay. */
  answers: yup.array(answerSchema).max(QUESTIONS_MAX, tooMany).optional(),
});
export type ApplicationDraftInput = yup.InferType<typeof applicationDraftSchema>;

/** POST /applications: a draft, or an application sent at once with `submit: true`. */
export const createApplicationSchema = applicationDraftSchema.shape({
  offerId: yup.string().trim().required("required").max(40, tooLong),
  submit: yup.boolean().typeError("choice").default(false),
});

/** PATCH /applications/{id}/status: the enterprise's move, or the student's (send, withdraw). */
export const statusChangeSchema = yup.object({
  status: yup
    .string<ApplicationStatus>()
    .oneOf([...STATUS_ORDER], "choice")
    .required("required"),
  /** Why the enterprise declines: required with REJECTED. */
  reason: yup
    .string<RejectionReason>()
    .oneOf([...REJECTION_REASONS], "choice")
    .when("status", ([status], schema) =>
      status === "REJECTED" ? schema.required("rejectionReasonRequired") : schema.optional(),
    ),
  /** The enterprise's message to the student when it declines, or the student's reason when withdrawing. */
  message: clearableText(MESSAGE_MAX),
  /** Accept although the offer's positions are all taken. */
  confirmOverPositions: yup.boolean().typeError("choice").default(false),
});
export type StatusChangeInput = yup.InferType<typeof statusChangeSchema>;

/** The student withdraws, with an optional reason the enterprise reads. */
export const withdrawSchema = yup.object({ reason: clearableText(WITHDRAWAL_REASON_MAX) });

export const APPLICANT_SORTS = ["date", "score", "name", "school"] as const;
export type ApplicantSort = (typeof APPLICANT_SORTS)[number];
const optionalScore = yup
  .number()
  .transform((value, original) => (original === "" || original === null ? undefined : value))
  .typeError("integer")
  .integer("integer")
  .min(0, tooSmall)
  .max(100, tooLarge)
  .optional();
const optionalDay = yup
  .string()
  .transform((value) => (value === "" ? undefined : value))
  .matches(/^\d{4}-\d{2}-\d{2}$/, "date")
  .test("date", "date", (value) => !value || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional();

/**
 * GET /applications/offer/{offerId}: filter by status (comma-separated), score, school and sending
 * date, sort by date, score, name or school, keyset paging. The CSV export takes the same filters.
 */
export const offerApplicationsSchema = pageSchema.shape({
  status: yup
    .array(
      yup
        .string<ApplicationStatus>()
        .oneOf(
          STATUS_ORDER.filter((s) => s !== "DRAFT"),
          "choice",
        )
        .required(),
    )
    .transform((value, original) => (typeof original === "string" ? original.split(",").filter(Boolean) : value))
    .default([]),
  sort: yup.string<ApplicantSort>().oneOf(APPLICANT_SORTS, "choice").default("date"),
  /** Default: newest or best first for date and score, A to Z for name and school. */
  order: yup.string<"asc" | "desc">().oneOf(["asc", "desc"], "choice").optional(),
  minScore: optionalScore,
  maxScore: optionalScore,
  /** Part of the university's or the program's name. */
  school: yup.string().trim().max(100, tooLong).optional(),
  /** Sent on or after this day, and on or before `to` (calendar days, YYYY-MM-DD). */
  from: optionalDay,
  to: optionalDay,
});
export type OfferApplicationsQuery = yup.InferType<typeof offerApplicationsSchema>;

/** POST /applications/bulk-status: one move for several applications of the enterprise. */
export const BULK_MAX = 100;
export const bulkStatusSchema = statusChangeSchema.shape({
  ids: yup
    .array(yup.string().trim().max(40, tooLong).required("required"))
    .min(1, "required")
    .max(BULK_MAX, tooMany)
    .required("required"),
  /** Declining: one of the enterprise's rejection templates, sent to each student filled in for them (instead of `message`). */
  templateId: yup
    .string()
    .trim()
    .max(60, tooLong)
    .optional()
    .test("rejecting", "choice", (value, context) => !value || context.parent.status === "REJECTED"),
});
export type BulkStatusInput = yup.InferType<typeof bulkStatusSchema>;

export { SLOT_PLACE_MAX };
export const OUTCOME_NOTES_MAX = 2000;

/** POST /offers/{id}/slots: one interview slot (instants in UTC ISO, shown in `timeZone`). */
export const interviewSlotSchema = yup.object({
  startsAt: yup.date().typeError("date").required("required"),
  ...slotFields,
  capacity: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(1, ({ min }) => ({ key: "tooSmall", values: { min } }))
    .max(50, ({ max }) => ({ key: "tooLarge", values: { max } }))
    .default(1),
});
export type InterviewSlotInput = yup.InferType<typeof interviewSlotSchema>;

/** POST /slots/{id}/bookings: the student's application the slot is booked for. */
export const bookingSchema = yup.object({
  applicationId: yup.string().trim().required("required").max(40, tooLong),
});

/** Closing a filled offer: the message the remaining applicants read with the decline. */
export const closeWhenFilledSchema = yup.object({ message: clearableText(MESSAGE_MAX) });

/** DELETE /bookings/{id}: the enterprise may tell the student why it cancels (the student's own cancel has no message). */
export const cancelBookingSchema = yup.object({ message: clearableText(MESSAGE_MAX) });

/** The enterprise's outcome of an interview: held (DONE) or no-show, with notes. */
export const interviewOutcomeSchema = yup.object({
  outcome: yup.string<"DONE" | "NO_SHOW">().oneOf(["DONE", "NO_SHOW"], "choice").required("required"),
  notes: clearableText(OUTCOME_NOTES_MAX),
});

export const SCORECARD_COMMENT_MAX = 2000;

/**
 * PUT /applications/{id}/scorecards: the evaluator's own scorecard. `ratings` has one entry per
 * criterion of the offer (1–4, the keys of `criteria`); the recommendation is strong no … strong yes.
 */
export const scorecardSchema = (criterionKeys: readonly string[]) =>
  yup.object({
    ratings: yup
      .object(
        Object.fromEntries(
          criterionKeys.map((key) => [
            key,
            yup
              .number()
              .typeError("integer")
              .integer("integer")
              .min(RATING_MIN, tooSmall)
              .max(RATING_MAX, tooLarge)
              .required("required"),
          ]),
        ),
      )
      .typeError("wrongType")
      .required("required"),
    recommendation: yup
      .string<Recommendation>()
      .oneOf([...RECOMMENDATIONS], "choice")
      .required("required"),
    comment: clearableText(SCORECARD_COMMENT_MAX),
  });
export type ScorecardInput = yup.InferType<ReturnType<typeof scorecardSchema>>;

/** PUT /offers/{id}/scorecard-criteria: the offer's own criteria (an empty list goes back to the default set). */
export const scorecardCriteriaSchema = yup.object({
  criteria: yup
    .array(
      yup.object({
        /** Kept from the criterion being edited; a new one gets a key from the server. */
        key: yup
          .string()
          .trim()
          .max(40, tooLong)
          .matches(/^[A-Za-z0-9_-]+$/, { message: "choice", excludeEmptyString: true })
          .optional(),
        label: yup.string().trim().required("required").max(CRITERION_LABEL_MAX, tooLong),
      }),
    )
    .max(CRITERIA_MAX, tooMany)
    .required("required"),
});

export const TEMPLATE_NAME_MAX = 80;

const templateText = clearableText(MESSAGE_MAX).test("variables", (value, context) => {
  const unknown = value ? unknownVariables(value) : [];
  return unknown.length === 0
    ? true
    : context.createError({
        message: {
          key: "unknownVariable",
          values: { name: `{${unknown[0]}}`, known: TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(", ") },
        },
      });
});

/**
 * POST /enterprises/{id}/rejection-templates: a named message, in French and English (one at
 * least), naming only the variables of TEMPLATE_VARIABLES; with the reason it usually goes with.
 */
export const rejectionTemplateSchema = yup.object({
  name: yup.string().trim().required("required").max(TEMPLATE_NAME_MAX, tooLong),
  reason: yup
    .string<RejectionReason>()
    .oneOf([...REJECTION_REASONS], "choice")
    .nullable()
    .optional()
    .transform((value) => (value === "" ? null : value)),
  bodyFr: templateText.test("oneText", "templateTextRequired", (value, context) =>
    Boolean(value || context.parent.bodyEn?.trim()),
  ),
  bodyEn: templateText,
});
export type RejectionTemplateInput = yup.InferType<typeof rejectionTemplateSchema>;
