export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "EMAIL_NOT_VERIFIED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "INVALID_TOKEN";

export type FieldErrors = Record<string, string>;

/** An expected failure: shown to the caller as it is. Anything else is a bug, logged and hidden. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fieldErrors?: FieldErrors; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message = "You are not allowed to do this.") => new AppError("FORBIDDEN", message);
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to continue.");
export const invalid = (fieldErrors: FieldErrors, message = "Some fields are not valid.") =>
  new AppError("VALIDATION", message, { fieldErrors });
