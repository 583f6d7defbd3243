import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";

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
