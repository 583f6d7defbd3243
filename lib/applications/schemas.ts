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
