import { isDatabaseBusy } from "./database-busy";
import { AppError, type ErrorCode } from "./errors";
import { fieldMessage } from "./field-message";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  INVALID_TOKEN: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  EMAIL_NOT_VERIFIED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  TOTP_REQUIRED: 401,
  TOTP_ENROLMENT_REQUIRED: 403,
};

/** When a saturated database is worth asking again. */
const BUSY_RETRY_AFTER_SECONDS = 1;

export const problemType = (code: string) => `https://stagiaire.app/problems/${code.toLowerCase().replace(/_/g, "-")}`;

function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

const STANDARD_MEMBERS = new Set(["type", "title", "status", "detail", "instance", "errors"]);

/** An error's extension members (RFC 9457 §3.2), never replacing a standard one. */
const withoutStandardMembers = (extensions: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(extensions).filter(([name]) => !STANDARD_MEMBERS.has(name)));

/** The single mapping from errors to RFC 9457 problem+json responses. */
export function problemResponse(error: unknown, requestId: string): Response {
  if (error instanceof AppError) {
    const { fieldErrors, retryAfterSeconds, extensions } = error.details;
    return problem(
      STATUS[error.code],
      {
        ...withoutStandardMembers(extensions),
        type: problemType(error.code),
        title: error.message,
        instance: requestId,
        ...(fieldErrors && {
          errors: Object.entries(fieldErrors).map(([field, reason]) => ({
            field,
            code: reason.key,
            message: fieldMessage(reason),
          })),
        }),
      },
      retryAfterSeconds ? { "retry-after": String(retryAfterSeconds) } : {},
    );
  }
  if (isDatabaseBusy(error)) {
    return problem(
      503,
      {
        type: problemType("UNAVAILABLE"),
        title: "The service is busy. Try again in a moment.",
        instance: requestId,
      },
      { "retry-after": String(BUSY_RETRY_AFTER_SECONDS) },
    );
  }
  return problem(500, {
    type: problemType("INTERNAL"),
    title: "Something went wrong on our side. Try again, and quote this reference if it persists.",
    instance: requestId,
  });
}
