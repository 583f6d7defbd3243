import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { invalid, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { assignSupervisorSchema } from "./schemas";

/**
 * A university admin gives internships of their university to one of its supervisors, in one
 * action. All or nothing: an internship of another university (or unknown) makes the whole call a
 * 404, a supervisor who is not one of the university's (or disabled) a 400 on `supervisorId`.
 */
export async function assignSupervisor(actor: Actor | null, input: unknown) {
  const me = requireRole(actor, "UNIVERSITY_ADMIN");
  const data = await validate(assignSupervisorSchema, input);
  const universityId = me.university?.id ?? "-";
  const ids = [...new Set(data.internshipIds)];
  return db.$transaction(async (tx) => {
    const rows = await tx.internship.findMany({
      where: { id: { in: ids }, universityId },
      select: { id: true, supervisorId: true },
    });
    if (rows.length !== ids.length) throw notFound("internshipNotFound");
    const supervisor = await tx.universityStaff.findFirst({
      where: { id: data.supervisorId, universityId, user: { role: "UNIVERSITY_SUPERVISOR", disabledAt: null } },
      select: { id: true, user: { select: { name: true } } },
    });
    if (!supervisor) throw invalid({ supervisorId: { key: "supervisorUnknown" } });
    const changed = rows.filter((row) => row.supervisorId !== supervisor.id);
    await tx.internship.updateMany({
      where: { id: { in: changed.map((r) => r.id) }, universityId },
      data: { supervisorId: supervisor.id },
    });
    for (const row of changed) {
      await recordAudit(tx, {
        actorId: me.userId,
        action: "internship.supervisor-assigned",
        entity: "Internship",
        entityId: row.id,
        before: { supervisorId: row.supervisorId },
        after: { supervisorId: supervisor.id },
      });
    }
    return {
      assigned: changed.length,
      unchanged: rows.length - changed.length,
      supervisor: { id: supervisor.id, name: supervisor.user.name },
    };
  });
}
