import { db, type Tx } from "@/lib/core/db";
import { forbidden, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/** Rows that belong to a university (agreements, rosters): its own staff only. */
export function universityScope(actor: Actor): { universityId?: string } {
  if (actor.role === "SYSTEM_ADMIN") return {};
  if ((actor.role === "UNIVERSITY_ADMIN" || actor.role === "UNIVERSITY_SUPERVISOR") && actor.university) {
    return { universityId: actor.university.id };
  }
  throw forbidden();
}

/** The university's own admins, or a system admin: they manage its structure, staff and roster. */
export function requireUniversityAdmin(actor: Actor | null | undefined): Actor {
  return requireRole(actor, "UNIVERSITY_ADMIN", "SYSTEM_ADMIN");
}

/** Staff of a university (admins and supervisors) and system admins read its structure. */
export function requireUniversityStaff(actor: Actor | null | undefined): Actor {
  return requireRole(actor, "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR", "SYSTEM_ADMIN");
}

/** The university named by the path, within the actor's scope; another university reads as not found. */
export async function scopedUniversity(actor: Actor, universityId: string, tx: Tx = db) {
  const university = await tx.university.findFirst({
    where: { AND: [{ id: universityId }, idScope(actor)] },
    select: { id: true, name: true },
  });
  if (!university) throw notFound();
  return university;
}

/** universityScope for the University table itself, whose key is `id`. */
function idScope(actor: Actor): { id?: string } {
  const scope = universityScope(actor);
  return scope.universityId ? { id: scope.universityId } : {};
}
