import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { universityScope } from "./policy";

/** The staff of the university admin's own university (admins and supervisors), and that university. */
export async function listStaff(actor: Actor | null) {
  const me = requireRole(actor, "UNIVERSITY_ADMIN");
  const scope = universityScope(me);
  const [university, staff] = await Promise.all([
    db.university.findUnique({ where: { id: scope.universityId }, select: { id: true, name: true } }),
    db.universityStaff.findMany({
      where: scope,
      orderBy: { user: { name: "asc" } },
      select: { id: true, title: true, user: { select: { name: true, email: true, role: true } } },
    }),
  ]);
  return { university, staff };
}
