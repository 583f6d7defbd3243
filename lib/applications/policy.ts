import { AppError, forbidden } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import type { Side } from "./transitions";

/**
 * Applications the actor may read: a student their own (drafts included), an enterprise's
 * members those sent to its offers, a university's admins its students', a supervisor those of
 * the students assigned to them. Put it in the `where` beside the id, never check afterwards.
 */
export function applicationScope(actor: Actor): Prisma.ApplicationWhereInput {
  switch (actor.role) {
    case "SYSTEM_ADMIN":
      return {};
    case "STUDENT":
      return { studentId: actor.studentId ?? "-" };
    case "ENTERPRISE":
      // A draft is the student's until they send it.
      return { offer: { enterpriseId: actor.enterprise?.id ?? "-" }, status: { not: "DRAFT" } };
    case "UNIVERSITY_ADMIN":
      return { student: { universityId: actor.university?.id ?? "-" } };
    case "UNIVERSITY_SUPERVISOR":
      return { student: { internships: { some: { supervisorId: actor.university?.staffId ?? "-" } } } };
  }
}

export type DeciderActor = Actor & { enterprise: NonNullable<Actor["enterprise"]> };

/** Applications are moved by the enterprise's admins and recruiters; tutors read them only. */
export function requireApplicationDecider(actor: Actor | null): DeciderActor {
  const me = requireRole(actor, "ENTERPRISE");
  if (!me.enterprise || me.enterprise.memberRole === "TUTOR") throw forbidden("applicationsDecidedByRecruiters");
  return me as DeciderActor;
}

/** The side an actor moves an application from, if any (the transition table says which moves). */
export function sideOf(actor: Actor, application: { studentId: string }): Side | null {
  if (actor.role === "STUDENT" && actor.studentId === application.studentId) return "student";
  if (actor.role === "ENTERPRISE" && actor.enterprise && actor.enterprise.memberRole !== "TUTOR") return "enterprise";
  return null;
}

/** Applying needs a confirmed address; the sentence says how to get there. */
export function requireVerifiedToApply<A extends Actor>(actor: A): A {
  if (!actor.emailVerified) throw new AppError("EMAIL_NOT_VERIFIED", "applyNeedsVerifiedEmail");
  return actor;
}

export type MemberActor = Actor & { enterprise: NonNullable<Actor["enterprise"]> };

/** Scorecards are written by any member of the enterprise (admins, recruiters, tutors who interview). */
export function requireEnterpriseMember(actor: Actor | null): MemberActor {
  const me = requireRole(actor, "ENTERPRISE");
  if (!me.enterprise) throw forbidden();
  return me as MemberActor;
}
