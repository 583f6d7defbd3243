import * as yup from "yup";
import { tooLong } from "@/lib/core/limit-messages";

/** The kinds of the internship documents section (kept in step with INTERNSHIP_DOCUMENT_KINDS of policy.ts). */
export const SECTION_KINDS = ["INSURANCE_CERTIFICATE", "OTHER"] as const;
export const MAX_DOCUMENT_TITLE = 150;
export const MAX_REJECTION_REASON = 1000;

/** The fields beside the file of an internship document upload (the file is checked by its bytes). */
export const internshipDocumentSchema = yup.object({
  kind: yup.string().required("required").oneOf(SECTION_KINDS, "choice"),
  title: yup.string().trim().max(MAX_DOCUMENT_TITLE, tooLong).optional(),
  /** A new version of this document of the same internship, instead of a new document. */
  documentId: yup.string().trim().max(64, tooLong).optional(),
});

/** A reviewer's decision: a rejection says why, for the owner to read. */
export const documentDecisionSchema = yup.object({
  decision: yup
    .string()
    .required("required")
    .oneOf(["VALIDATED", "REJECTED"] as const, "choice"),
  reason: yup
    .string()
    .trim()
    .max(MAX_REJECTION_REASON, tooLong)
    .when("decision", {
      is: "REJECTED",
      then: (schema) => schema.required("documentRejectionReason"),
      otherwise: (schema) => schema.optional(),
    }),
});
