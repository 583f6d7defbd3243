import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin, scopedUniversity } from "./policy";

/**
 * Removes an empty department. One that still has programs or staff is refused with what it holds:
 * removing it would cascade to its programs and unlink students, which no admin means by "remove".
 * Agreement circuits set for the department go with it (they only override the university's).
 */
export async function removeDepartment(actor: Actor | null, universityId: string, departmentId: string) {
  const me = requireUniversityAdmin(actor);
  await db.$transaction(async (tx) => {
    const university = await scopedUniversity(me, universityId, tx);
    const where = { id: String(departmentId), universityId: university.id };
    // Locked before counting, as in removeProgram: a program created or a staff member moved into it
    // meanwhile is counted, or waits and then finds the department gone (not cascaded away with it).
    await tx.$queryRaw`select id from "Department" where id = ${where.id} and "universityId" = ${where.universityId} for update`;
    const department = await tx.department.findFirst({
      where,
      select: { id: true, name: true, _count: { select: { programs: true, staff: true } } },
    });
    if (!department) throw notFound();
    const { programs, staff } = department._count;
    if (programs + staff > 0) throw conflict({ key: "departmentInUse", values: { programs, staff } });
    await tx.department.delete({ where: { id: department.id } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "department.removed",
      entity: "Department",
      entityId: department.id,
      before: { name: department.name },
    });
  });
}
