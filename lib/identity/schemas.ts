import * as yup from "yup";
import { tooLong, tooShort } from "@/lib/core/limit-messages";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/core/i18n-config";

/** Validation shared by the forms and the server; messages are i18n keys resolved by the form. */
export const emailField = () => yup.string().trim().lowercase().required("required").email("email").max(254, tooLong);

export const passwordField = () =>
  yup
    .string()
    .required("required")
    .min(10, "passwordTooShort")
    .max(200, tooLong)
    .matches(/[A-Za-z]/, "passwordNeedsLetter")
    .matches(/[^A-Za-z]/, "passwordNeedsDigitOrSymbol");

export const SELF_REGISTRATION_ROLES = ["STUDENT", "ENTERPRISE"] as const;

export const registerSchema = yup.object({
  email: emailField(),
  password: passwordField(),
  name: yup.string().trim().required("required").min(2, tooShort).max(120, tooLong),
  role: yup.string().oneOf(SELF_REGISTRATION_ROLES, "roleNotAllowed").required("required"),
  enterpriseName: yup
    .string()
    .trim()
    .max(160, tooLong)
    .when("role", {
      is: "ENTERPRISE",
      then: (s) => s.required("required").min(2, tooShort),
      otherwise: (s) => s.strip(),
    }),
  locale: yup.string().oneOf(LOCALES).default(DEFAULT_LOCALE),
});
export type RegisterInput = yup.InferType<typeof registerSchema>;

/** A TOTP code (6 digits) or a recovery code (`k7m2p-x9q4r`), as typed. */
export const secondFactorField = () => yup.string().trim().max(20, tooLong);

export const loginSchema = yup.object({
  email: emailField(),
  password: yup.string().required("required").max(200, tooLong),
  /** Asked for when the account has two-step verification on. */
  code: secondFactorField().optional(),
});
export type LoginInput = yup.InferType<typeof loginSchema>;

export const tokenField = () =>
  yup.string().trim().required("required").min(20, "invalidToken").max(200, "invalidToken");

export const verifyEmailSchema = yup.object({ token: tokenField() });

export const requestPasswordResetSchema = yup.object({ email: emailField() });

export const resetPasswordSchema = yup.object({ token: tokenField(), password: passwordField() });

export const refreshSchema = yup.object({ refreshToken: tokenField() });

export const STAFF_ROLES = ["UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"] as const;

export const inviteStaffSchema = yup.object({
  email: emailField(),
  role: yup.string().oneOf(STAFF_ROLES, "roleNotAllowed").required("required"),
  universityId: yup.string().trim().required("required"),
});

export const acceptInvitationSchema = yup.object({
  token: tokenField(),
  name: yup.string().trim().required("required").min(2, tooShort).max(120, tooLong),
  password: passwordField(),
});

export const updateAccountSchema = yup.object({
  name: yup.string().trim().required("required").min(2, tooShort).max(120, tooLong),
  locale: yup.string().oneOf(LOCALES, "required").required("required"),
});
export type UpdateAccountInput = yup.InferType<typeof updateAccountSchema>;

/** Confirming TOTP enrolment, or turning it off, takes a current code (or, to turn it off, a recovery code). */
export const totpCodeSchema = yup.object({ code: secondFactorField().required("required") });

export const changePasswordSchema = yup.object({
  currentPassword: yup.string().required("required").max(200, tooLong),
  password: passwordField().notOneOf([yup.ref("currentPassword")], "passwordUnchanged"),
});

export const changeEmailSchema = yup.object({
  email: emailField(),
  password: yup.string().required("required").max(200, tooLong),
});

/** Deleting one's account: the password (when the account has one) and an explicit consent. */
export const scheduleDeletionSchema = yup.object({
  password: yup.string().max(200, tooLong).default(""),
  confirm: yup.boolean().oneOf([true], "deletionConsent").required("deletionConsent"),
});
