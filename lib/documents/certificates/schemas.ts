import * as yup from "yup";
import { tooLarge, tooLong, tooSmall } from "@/lib/core/limit-messages";

/** Revoking or reinstating a certificate: the reason is kept and audited. */
export const revocationSchema = yup.object({
  reason: yup.string().trim().required("reasonRequired").max(500, tooLong),
});
export type RevocationInput = yup.InferType<typeof revocationSchema>;

/** A promotion: the students of a program whose internships end in a calendar year. */
export const promotionSchema = yup.object({
  programId: yup.string().trim().required("required").max(40, tooLong),
  year: yup
    .number()
    .typeError("number")
    .integer("integer")
    .required("required")
    .min(2000, tooSmall)
    .max(2100, tooLarge),
});
export type PromotionInput = yup.InferType<typeof promotionSchema>;

/** Which internship's attestation or certificate to generate. */
export const generateSchema = yup.object({
  internshipId: yup.string().trim().required("required").max(40, tooLong),
});
