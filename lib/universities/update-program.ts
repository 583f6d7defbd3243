import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ownDepartment, programNameTaken, programSelect } from "./create-program";
import { requireUniversityAdmin, scopedUniversity } from "./policy";
import { updateProgramSchema } from "./schemas";

/** Renames a program, or changes its level, length or department. */
export async function updateProgram(actor: Actor | null, universityId: string, input: unknown) {
  const me = requireUniversityAdmin(actor);
  const { programId, ...data } = await validate(updateProgramSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const university = await scopedUniversity(me, universityId, tx);
      const where = { id: programId, department: { universityId: university.id } };
      const before = await tx.program.findFirst({ where, select: programSelect });
      if (!before) throw notFound();
      await ownDepartment(tx, university.id, data.departmentId);
      const program = await tx.program.update({ where: { id: before.id }, data, select: programSelect });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "program.updated",
        entity: "Program",
        entityId: program.id,
        before,
        after: program,
      });
      return program;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw programNameTaken();
    throw error;
  }
}
