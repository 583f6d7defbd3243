import type en from "@/messages/en/reasons.json";
import { translator } from "./translator";

export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "EMAIL_NOT_VERIFIED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "INVALID_TOKEN"
  /** The password was right; the account's second factor (TOTP or a recovery code) is still needed. */
  | "TOTP_REQUIRED"
  /** The account's role requires a second factor that it has not enrolled yet. */
  | "TOTP_ENROLMENT_REQUIRED";

/** A sentence of the `reasons` catalogue: the key is checked against the English texts at compile time. */
export type ReasonKey = keyof (typeof en)["reasons"];
/** A translatable message: a catalogue key and the values it names ("{max} characters maximum"). */
export type Reason<K extends string = string> = { key: K; values?: Record<string, string | number> };
/** Per-field reasons, keyed by the form path of the field ("locations.0.city"); keys from `validation`. */
export type FieldErrors = Record<string, Reason>;

/**
 * An expected failure, shown to the caller as it is: its reason is translated into the user's
 * language by the form, and into English for the API's problem+json. Anything else is a bug,
 * logged and hidden.
 */
export class AppError extends Error {
  readonly reason: Reason<ReasonKey>;

  constructor(
    readonly code: ErrorCode,
    reason: ReasonKey | Reason<ReasonKey>,
    readonly details: {
      fieldErrors?: FieldErrors;
      retryAfterSeconds?: number;
      /** Extra members of the problem+json body (RFC 9457 extensions), e.g. `{ allowed: [...] }`. */
      extensions?: Record<string, string | number | boolean | string[]>;
    } = {},
  ) {
    const resolved = typeof reason === "string" ? { key: reason } : reason;
    super(translator("en", "reasons")(resolved.key, resolved.values));
    this.reason = resolved;
    this.name = "AppError";
  }
}

export const notFound = (reason: ReasonKey = "notFound") => new AppError("NOT_FOUND", reason);
export const forbidden = (reason: ReasonKey | Reason<ReasonKey> = "forbidden") => new AppError("FORBIDDEN", reason);
export const conflict = (reason: ReasonKey | Reason<ReasonKey>, fieldErrors?: FieldErrors) =>
  new AppError("CONFLICT", reason, { fieldErrors });
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "unauthenticated");
export const invalid = (fieldErrors: FieldErrors, reason: ReasonKey | Reason<ReasonKey> = "invalidFields") =>
  new AppError("VALIDATION", reason, { fieldErrors });
/** A field reason of the `validation` catalogue. */
export const field = (key: string, values?: Reason["values"]): Reason => (values ? { key, values } : { key });
