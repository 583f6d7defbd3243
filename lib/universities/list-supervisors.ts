import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { universityInvitations } from "@/lib/identity/invitations";
import { requireUniversityStaff, scopedUniversity } from "./policy";

type InviteData = { role?: string; name?: string; departmentId?: string | null };

/**
 * A university's staff (admins and supervisors, with their department) and, for its admins, the
 * invitations not accepted yet, expired ones included so that they can be sent again.
 */
export async function listSupervisors(actor: Actor | null, universityId: string) {
  const me = requireUniversityStaff(actor);
  const university = await scopedUniversity(me, universityId);
  const [staff, departments, invitations] = await Promise.all([
    db.universityStaff.findMany({
      where: { universityId: university.id },
      orderBy: { user: { name: "asc" } },
      select: {
        id: true,
        title: true,
        user: { select: { name: true, email: true, role: true } },
        department: { select: { id: true, name: true } },
        _count: { select: { supervised: { where: { status: { in: ["PLANNED", "ACTIVE"] } } } } },
      },
    }),
    db.department.findMany({ where: { universityId: university.id }, select: { id: true, name: true } }),
    me.role === "UNIVERSITY_SUPERVISOR" ? Promise.resolve([]) : universityInvitations(university.id),
  ]);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const now = new Date();
  return {
    university,
    items: staff.map(({ user, _count, ...member }) => ({
      ...member,
      name: user.name,
      email: user.email,
      role: user.role,
      currentInterns: _count.supervised,
    })),
    invitations: invitations
      .filter((invitation) => !invitation.usedAt)
      .map((invitation) => {
        const data = (invitation.data ?? {}) as InviteData;
        const departmentId = data.departmentId ?? null;
        return {
          id: invitation.id,
          email: invitation.email,
          name: data.name ?? null,
          role: data.role ?? "UNIVERSITY_SUPERVISOR",
          department:
            departmentId && departmentName.has(departmentId)
              ? { id: departmentId, name: departmentName.get(departmentId)! }
              : null,
          sentAt: invitation.createdAt,
          expiresAt: invitation.expiresAt,
          expired: invitation.expiresAt <= now,
        };
      }),
  };
}
