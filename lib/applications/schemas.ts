import * as yup from "yup";
import { pageSchema } from "@/lib/core/pagination";
import { clearableText, tooLong, tooMany } from "@/lib/core/limit-messages";
import type { ApplicationStatus, RejectionReason } from "@/lib/generated/prisma/enums";
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

/** What a draft holds: the cover letter and the CV chosen (the profile's CV, or none). */
export const applicationDraftSchema = yup.object({
  coverLetter: clearableText(COVER_LETTER_MAX),
  cvDocumentId: clearableText(40),
});
export type ApplicationDraftInput = yup.InferType<typeof applicationDraftSchema>;

/** POST /applications: a draft, or an application sent at once with `submit: true`. */
export const createApplicationSchema = applicationDraftSchema.shape({
  offerId: yup.string().trim().required("required").max(40, tooLong),
  submit: yup.boolean().typeError("choice").default(false),
  /** Answers to the offer's screening questions (the questions themselves come with a later release). */
  answers: yup
    .array(yup.object({ questionId: yup.string().required("required").max(40, tooLong), value: yup.mixed() }))
    .max(5, tooMany)
    .optional(),
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

/** GET /applications/offer/{offerId}: filter by status (comma-separated), sort, keyset paging. */
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
  sort: yup.string().oneOf(["date", "score"], "choice").default("date"),
});
export type OfferApplicationsQuery = yup.InferType<typeof offerApplicationsSchema>;

export const SLOT_PLACE_MAX = 300;
export const OUTCOME_NOTES_MAX = 2000;

/** POST /offers/{id}/slots: one interview slot (instants in UTC ISO, shown in `timeZone`). */
export const interviewSlotSchema = yup.object({
  startsAt: yup.date().typeError("date").required("required"),
  durationMinutes: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(10, ({ min }) => ({ key: "tooSmall", values: { min } }))
    .max(480, ({ max }) => ({ key: "tooLarge", values: { max } }))
    .required("required"),
  location: clearableText(SLOT_PLACE_MAX),
  meetingUrl: clearableText(SLOT_PLACE_MAX).test("url", "url", (value) => !value || /^https:\/\/\S+$/.test(value)),
  capacity: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(1, ({ min }) => ({ key: "tooSmall", values: { min } }))
    .max(50, ({ max }) => ({ key: "tooLarge", values: { max } }))
    .default(1),
  minNoticeMinutes: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(0, ({ min }) => ({ key: "tooSmall", values: { min } }))
    .max(30 * 1440, ({ max }) => ({ key: "tooLarge", values: { max } }))
    .default(1440),
  bufferMinutes: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(0, ({ min }) => ({ key: "tooSmall", values: { min } }))
    .max(240, ({ max }) => ({ key: "tooLarge", values: { max } }))
    .default(0),
  timeZone: yup
    .string()
    .trim()
    .max(60, tooLong)
    .default("Europe/Paris")
    .test("timeZone", "choice", (value) => !value || Intl.supportedValuesOf("timeZone").includes(value)),
});
export type InterviewSlotInput = yup.InferType<typeof interviewSlotSchema>;

/** POST /slots/{id}/bookings: the student's application the slot is booked for. */
export const bookingSchema = yup.object({
  applicationId: yup.string().trim().required("required").max(40, tooLong),
});

/** The enterprise's outcome of an interview: held (DONE) or no-show, with notes. */
export const interviewOutcomeSchema = yup.object({
  outcome: yup.string<"DONE" | "NO_SHOW">().oneOf(["DONE", "NO_SHOW"], "choice").required("required"),
  notes: clearableText(OUTCOME_NOTES_MAX),
});
