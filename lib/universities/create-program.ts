import { recordAudit } from "@/lib/core/audit";
import { db, type Tx } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { conflict, field, invalid } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin, scopedUniversity } from "./policy";
import { programSchema } from "./schemas";

export const programNameTaken = () => conflict("programNameTaken", { name: field("nameTaken") });

/** The department named by a form, which must be one of the university's. */
export async function ownDepartment(tx: Tx, universityId: string, departmentId: string) {
  const department = await tx.department.findFirst({ where: { id: departmentId, universityId }, select: { id: true } });
  if (!department) throw invalid({ departmentId: field("choice") });
  return department;
}

export const programSelect = { id: true, name: true, level: true, years: true, departmentId: true } as const;

export async function createProgram(actor: Actor | null, universityId: string, input: unknown) {
  const me = requireUniversityAdmin(actor);
  const data = await validate(programSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const university = await scopedUniversity(me, universityId, tx);
      await ownDepartment(tx, university.id, data.departmentId);
      const program = await tx.program.create({ data, select: programSelect });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "program.created",
        entity: "Program",
        entityId: program.id,
        after: program,
      });
      return program;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw programNameTaken();
    throw error;
  }
}
