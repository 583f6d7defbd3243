import * as yup from "yup";
import { pageSchema } from "@/lib/core/pagination";
import { emailField } from "@/lib/identity/schemas";
import { tooLarge, tooLong, tooMany, tooShort, tooSmall } from "@/lib/core/limit-messages";

export const ENTERPRISE_SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE"] as const;
export const MEMBER_ROLES = ["ADMIN", "RECRUITER", "TUTOR"] as const;
export const VERIFICATION_DECISIONS = ["VERIFY", "REJECT"] as const;
export const MAX_VERIFICATION_DOCUMENTS = 5;
/** All documents of one request together: what one server action may carry (next.config.ts). */
export const MAX_VERIFICATION_TOTAL_BYTES = 20 * 1024 * 1024;

const text = (min: number, max: number) =>
  yup.string().trim().required("required").min(min, tooShort).max(max, tooLong);
/** Empty means "none": stored as null, so a cleared field really clears. */
const optionalText = (max: number) =>
  yup
    .string()
    .trim()
    .max(max, tooLong)
    .nullable()
    .default(null)
    .transform((v) => (v === "" || v === undefined ? null : v));
const country = () =>
  yup
    .string()
    .trim()
    .uppercase()
    .required("required")
    .matches(/^[A-Z]{2}$/, "country");

/** A web address; "numeria.fr" is read as "https://numeria.fr". */
const website = () =>
  optionalText(300)
    .transform((v: string | null) => (v && !/^https?:\/\//i.test(v) ? `https://${v}` : v))
    .url("url");

export const locationSchema = yup.object({ city: text(1, 80), country: country(), address: optionalText(200) });
export const contactSchema = yup.object({
  name: text(2, 120),
  email: emailField(),
  phone: optionalText(40),
  position: optionalText(80),
});
export const certificationSchema = yup.object({
  name: text(2, 120),
  issuer: optionalText(120),
  year: yup
    .number()
    .typeError("number")
    .integer("integer")
    .min(1900, tooSmall)
    .max(2100, tooLarge)
    .nullable()
    .default(null)
    .transform((value, original) => (original === "" || original === null || original === undefined ? null : value)),
});

const list = <S extends yup.AnyObjectSchema>(item: S) => yup.array(item.required()).max(20, tooMany).default([]);

/** The enterprise's profile as its admins edit it; the lists replace the stored ones. */
export const enterpriseProfileSchema = yup.object({
  name: text(2, 160),
  sector: optionalText(120),
  size: yup
    .string<(typeof ENTERPRISE_SIZES)[number]>()
    .nullable()
    .oneOf([...ENTERPRISE_SIZES, null], "required")
    .default(null)
    .transform((v) => (v === "" ? null : v)),
  description: optionalText(4000),
  website: website(),
  applicationEmail: emailField(),
  locations: list(locationSchema),
  contacts: list(contactSchema),
  certifications: list(certificationSchema),
});
export type EnterpriseProfileInput = yup.InferType<typeof enterpriseProfileSchema>;

export const inviteMemberSchema = yup.object({
  email: emailField(),
  role: yup.string().oneOf(MEMBER_ROLES, "roleNotAllowed").required("required"),
});
export type InviteMemberInput = yup.InferType<typeof inviteMemberSchema>;

export const removeMemberSchema = yup.object({ memberId: yup.string().trim().required("required").max(100, tooLong) });

/** The text part of a verification request; the documents are checked by the upload rules. */
export const verificationRequestSchema = yup.object({
  registrationNumber: text(3, 40).matches(/^[\p{L}\p{N} .\/-]+$/u, "registrationNumber"),
});

export const verificationDecisionSchema = yup.object({
  decision: yup.string().oneOf(VERIFICATION_DECISIONS, "required").required("required"),
  reason: yup
    .string()
    .trim()
    .max(1000, tooLong)
    .when("decision", {
      is: "REJECT",
      then: (s) => s.required("reasonRequired").min(5, tooShort),
      otherwise: (s) => s.strip(),
    }),
});
export type VerificationDecisionInput = yup.InferType<typeof verificationDecisionSchema>;

export const enterpriseListSchema = pageSchema.shape({
  q: yup.string().trim().max(100, tooLong).optional(),
});

export const verificationQueueSchema = pageSchema.shape({
  status: yup
    .string()
    .oneOf(["PENDING", "DECIDED"] as const, "required")
    .default("PENDING"),
});

export const enterpriseOffersSchema = pageSchema.shape({
  status: yup
    .string()
    .oneOf(["DRAFT", "PUBLISHED", "CLOSED", "EXPIRED"] as const, "required")
    .optional(),
});
