import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireRole, universityScope } from "@/lib/identity/policy";

/** The staff of the actor's university (admins and supervisors), and that university. */
export async function listStaff(actor: Actor | null) {
  const me = requireRole(actor, "UNIVERSITY_ADMIN", "SYSTEM_ADMIN");
  const scope = universityScope(me);
  const [university, staff] = await Promise.all([
    db.university.findFirst({ where: scope.universityId ? { id: scope.universityId } : {}, select: { id: true, name: true } }),
    db.universityStaff.findMany({
      where: scope,
      orderBy: { user: { name: "asc" } },
      select: { id: true, title: true, user: { select: { name: true, email: true, role: true } } },
    }),
  ]);
  return { university, staff };
}
