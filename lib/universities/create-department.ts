import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { conflict, field } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin, scopedUniversity } from "./policy";
import { departmentSchema } from "./schemas";

export const departmentNameTaken = () => conflict("departmentNameTaken", { name: field("nameTaken") });

export async function createDepartment(actor: Actor | null, universityId: string, input: unknown) {
  const me = requireUniversityAdmin(actor);
  const data = await validate(departmentSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const university = await scopedUniversity(me, universityId, tx);
      const department = await tx.department.create({
        data: { universityId: university.id, name: data.name },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "department.created",
        entity: "Department",
        entityId: department.id,
        after: department,
      });
      return department;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw departmentNameTaken();
    throw error;
  }
}
