import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";

/**
 * Internships the actor may read: a student their own, an enterprise's members its interns, a
 * university's admins its students', a supervisor only those assigned to them (even of a student
 * they share with another supervisor). Put it in the `where` beside the id, never check afterwards.
 */
export function internshipScope(actor: Actor): Prisma.InternshipWhereInput {
  switch (actor.role) {
    case "SYSTEM_ADMIN":
      return {};
    case "STUDENT":
      return { studentId: actor.studentId ?? "-" };
    case "ENTERPRISE":
      return { enterpriseId: actor.enterprise?.id ?? "-" };
    case "UNIVERSITY_ADMIN":
      return { universityId: actor.university?.id ?? "-" };
    case "UNIVERSITY_SUPERVISOR":
      return { supervisorId: actor.university?.staffId ?? "-" };
  }
}
