import { forbidden } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

export type StudentActor = Actor & { studentId: string };

/** A signed-in student with a student record: every query on their own rows is scoped by this id. */
export function requireStudent(actor: Actor | null): StudentActor {
  const me = requireRole(actor, "STUDENT");
  if (!me.studentId) throw forbidden();
  return me as StudentActor;
}

/**
 * A student changing their own profile or favourites. Another student's id is refused outright:
 * writes never look the other record up, so nothing about it leaks and nothing changes.
 */
export function requireOwnStudent(actor: Actor | null, studentId: string): StudentActor {
  const me = requireStudent(actor);
  if (me.studentId !== studentId) throw forbidden("ownStudentProfileOnly");
  return me;
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
      if (!actor.enterprise?.verified) throw forbidden("browseNeedsVerifiedEnterprise");
      return { visibleToEnterprises: true };
  }
}
