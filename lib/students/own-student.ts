import { forbidden } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/**
 * A student changing their own profile or favourites. Another student's id is refused outright:
 * writes never look the other record up, so nothing about it leaks and nothing changes.
 */
export function requireOwnStudent(actor: Actor | null, studentId: string): Actor & { studentId: string } {
  const me = requireRole(actor, "STUDENT");
  if (!me.studentId || me.studentId !== studentId) throw forbidden("You can only change your own student profile.");
  return me as Actor & { studentId: string };
}
