import { AppError, forbidden, unauthenticated } from "@/lib/core/errors";
import type { Role } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

/**
 * The role checks every slice builds on. Ownership lives in each slice's own policy.ts, whose
 * scopes return the `where` fragment that limits a query to what the actor owns, so a row outside
 * it reads as "not found".
 */
export function requireActor(actor: Actor | null | undefined): Actor {
  const known = requireSignedIn(actor);
  if (known.role === "SYSTEM_ADMIN" && !known.totpEnabled) throw totpEnrolmentRequired();
  return known;
}

/**
 * Signed in, without the second-factor rule: only for what a system admin must reach to enrol
 * (the account page, TOTP enrolment, the sessions list). Everything else uses requireActor.
 */
export function requireSignedIn(actor: Actor | null | undefined): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export const totpEnrolmentRequired = () => new AppError("TOTP_ENROLMENT_REQUIRED", "totpEnrolmentRequired");

export function requireRole(actor: Actor | null | undefined, ...roles: Role[]): Actor {
  const known = requireActor(actor);
  if (!roles.includes(known.role)) throw forbidden();
  return known;
}

/** Applying, publishing and signing need a verified address (docs/product.md, "Who uses it"). */
export function requireVerifiedEmail(actor: Actor): Actor {
  if (!actor.emailVerified) {
    throw new AppError("EMAIL_NOT_VERIFIED", "emailNotVerified");
  }
  return actor;
}

/** The user's own account, or any account for a system admin. */
export function requireSelfOrAdmin(actor: Actor | null | undefined, userId: string): Actor {
  const known = requireActor(actor);
  if (known.userId !== userId && known.role !== "SYSTEM_ADMIN") throw forbidden();
  return known;
}
