import { AppError, forbidden, unauthenticated } from "@/lib/core/errors";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

/**
 * Role and ownership rules that every domain function applies itself. Scopes return the `where`
 * fragment that limits a query to what the actor owns, so a row outside it reads as "not found".
 */
export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export function requireRole(actor: Actor | null | undefined, ...roles: Role[]): Actor {
  const known = requireActor(actor);
  if (!roles.includes(known.role)) throw forbidden();
  return known;
}

/** Applying, publishing and signing need a verified address (SPEC, "POST /auth/register"). */
export function requireVerifiedEmail(actor: Actor): Actor {
  if (!actor.emailVerified) {
    throw new AppError("EMAIL_NOT_VERIFIED", "Confirm your e-mail address first: we sent you a link.");
  }
  return actor;
}

/** The user's own account, or any account for a system admin. */
export function requireSelfOrAdmin(actor: Actor | null | undefined, userId: string): Actor {
  const known = requireActor(actor);
  if (known.userId !== userId && known.role !== "SYSTEM_ADMIN") throw forbidden();
  return known;
}

/**
 * Students the actor may read: self, own university's, assigned interns, visible profiles for
 * enterprises. No branch filters on `id`, so the scope can sit beside an `id` in a `where`.
 */
export function studentScope(actor: Actor): Prisma.StudentWhereInput {
  switch (actor.role) {
    case "SYSTEM_ADMIN":
      return {};
    case "STUDENT":
      return { userId: actor.userId };
    case "UNIVERSITY_ADMIN":
      return { universityId: actor.university?.id ?? "-" };
    case "UNIVERSITY_SUPERVISOR":
      return { internships: { some: { supervisorId: actor.university?.staffId ?? "-" } } };
    case "ENTERPRISE":
      // Anyone can register an enterprise: only verified ones may browse student profiles.
      if (!actor.enterprise?.verified) throw forbidden("Your enterprise must be verified before it can browse student profiles.");
      return { visibleToEnterprises: true };
  }
}

/** Rows that belong to an enterprise (offers, its members, its interns): its own members only. */
export function enterpriseScope(actor: Actor): { enterpriseId?: string } {
  if (actor.role === "SYSTEM_ADMIN") return {};
  if (actor.role === "ENTERPRISE" && actor.enterprise) return { enterpriseId: actor.enterprise.id };
  throw forbidden();
}

/** Rows that belong to a university (agreements, rosters): its own staff only. */
export function universityScope(actor: Actor): { universityId?: string } {
  if (actor.role === "SYSTEM_ADMIN") return {};
  if ((actor.role === "UNIVERSITY_ADMIN" || actor.role === "UNIVERSITY_SUPERVISOR") && actor.university) {
    return { universityId: actor.university.id };
  }
  throw forbidden();
}

/** Enterprise actions that change membership or company data need the enterprise's admin role. */
export function requireEnterpriseAdmin(actor: Actor): Actor & { enterprise: NonNullable<Actor["enterprise"]> } {
  if (actor.role !== "ENTERPRISE" || actor.enterprise?.memberRole !== "ADMIN") throw forbidden();
  return actor as Actor & { enterprise: NonNullable<Actor["enterprise"]> };
}
