import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/** The supervisors a university admin may assign: the university's enabled supervisors, by name. */
export async function listAssignableSupervisors(actor: Actor | null) {
  const me = requireRole(actor, "UNIVERSITY_ADMIN");
  const staff = await db.universityStaff.findMany({
    where: { universityId: me.university?.id ?? "-", user: { role: "UNIVERSITY_SUPERVISOR", disabledAt: null } },
    orderBy: { user: { name: "asc" } },
    select: { id: true, user: { select: { name: true } } },
  });
  return staff.map((s) => ({ id: s.id, name: s.user.name }));
}
