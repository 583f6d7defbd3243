import { forbidden } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";

/**
 * Agreements the actor may read: a student their own, an enterprise's members its own, a
 * university's admins its students', a supervisor those they supervise, and anyone named as a
 * signer of one of its steps. Put it in the `where` beside the id, never check afterwards.
 */
export function agreementScope(actor: Actor): Prisma.AgreementWhereInput {
  const signer: Prisma.AgreementWhereInput = { steps: { some: { signerUserId: actor.userId } } };
  switch (actor.role) {
    case "SYSTEM_ADMIN":
      return {};
    case "STUDENT":
      return { OR: [{ studentId: actor.studentId ?? "-" }, signer] };
    case "ENTERPRISE":
      return { OR: [{ enterpriseId: actor.enterprise?.id ?? "-" }, signer] };
    case "UNIVERSITY_ADMIN":
      return { OR: [{ universityId: actor.university?.id ?? "-" }, signer] };
    case "UNIVERSITY_SUPERVISOR":
      return { OR: [{ supervisorId: actor.university?.staffId ?? "-" }, signer] };
  }
}

/**
 * Agreements the actor may change while in draft (and submit): the student, the enterprise's
 * admins and recruiters, the university's admins. Supervisors, tutors and outside signers read.
 */
export function agreementEditorScope(actor: Actor): Prisma.AgreementWhereInput {
  switch (actor.role) {
    case "SYSTEM_ADMIN":
      return {};
    case "STUDENT":
      return { studentId: actor.studentId ?? "-" };
    case "ENTERPRISE":
      if (!actor.enterprise || actor.enterprise.memberRole === "TUTOR") return { id: "-" };
      return { enterpriseId: actor.enterprise.id };
    case "UNIVERSITY_ADMIN":
      return { universityId: actor.university?.id ?? "-" };
    case "UNIVERSITY_SUPERVISOR":
      return { id: "-" };
  }
}

/** A university's circuit and agreement board: its own admins (and system admins). */
export function requireUniversityAdmin(actor: Actor | null, universityId: string): Actor {
  const me = requireActor(actor);
  if (me.role === "SYSTEM_ADMIN") return me;
  if (me.role !== "UNIVERSITY_ADMIN" || me.university?.id !== universityId) throw forbidden();
  return me;
}

/**
 * Whether the actor signs this step: its named signer, or, for the university's validation, any
 * admin of the agreement's university (the validator named is only the one asked first).
 */
export function signsStep(
  actor: Actor,
  step: { party: string; signerUserId: string | null },
  agreement: { universityId: string },
): boolean {
  if (step.signerUserId === actor.userId) return true;
  return (
    step.party === "UNIVERSITY_VALIDATOR" &&
    actor.role === "UNIVERSITY_ADMIN" &&
    actor.university?.id === agreement.universityId
  );
}
