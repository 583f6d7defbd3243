import { forbidden } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/** Saved searches belong to a student; every query on them is scoped by this id. */
export function requireStudent(actor: Actor | null): Actor & { studentId: string } {
  const me = requireRole(actor, "STUDENT");
  if (!me.studentId) throw forbidden("Only students keep saved searches.");
  return me as Actor & { studentId: string };
}
