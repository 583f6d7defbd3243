import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { departmentNameTaken } from "./create-department";
import { requireUniversityAdmin, scopedUniversity } from "./policy";
import { renameDepartmentSchema } from "./schemas";

export async function renameDepartment(actor: Actor | null, universityId: string, input: unknown) {
  const me = requireUniversityAdmin(actor);
  const data = await validate(renameDepartmentSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const university = await scopedUniversity(me, universityId, tx);
      const where = { id: data.departmentId, universityId: university.id };
      const before = await tx.department.findFirst({ where, select: { name: true } });
      if (!before) throw notFound();
      const department = await tx.department.update({
        where,
        data: { name: data.name },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "department.renamed",
        entity: "Department",
        entityId: department.id,
        before,
        after: { name: department.name },
      });
      return department;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw departmentNameTaken();
    throw error;
  }
}
