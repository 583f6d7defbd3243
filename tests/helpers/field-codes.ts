import type { AppError } from "@/lib/core/errors";

/** The catalogue key of each field's reason: what a test compares, leaving the values aside. */
export const fieldCodes = (error: AppError) =>
  Object.fromEntries(Object.entries(error.details.fieldErrors ?? {}).map(([field, reason]) => [field, reason.key]));
