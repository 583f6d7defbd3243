import { isUniqueViolation } from "@/lib/core/db-errors";
import { AppError } from "@/lib/core/errors";

/**
 * An account belongs to one enterprise at most (the unique index on EnterpriseMember.userId).
 * A write that would give it a second membership fails on that index: this names the failure as
 * the CONFLICT it is, and returns any other error unchanged, for the caller to rethrow.
 */
export function membershipConflict(error: unknown): unknown {
  return isUniqueViolation(error, "EnterpriseMember_userId_key")
    ? new AppError("CONFLICT", "oneEnterprisePerAccount")
    : error;
}
