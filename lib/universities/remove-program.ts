import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin, scopedUniversity } from "./policy";

/**
 * Removes a program no student is enrolled in; otherwise says how many are.
 *
 * The program row is locked before the students are counted: linking a student takes a key-share
 * lock on it (the foreign key check), so a student linked meanwhile either committed first and is
 * counted, or waits and then finds the program gone. Without the lock the delete's SET NULL would
 * silently unlink a student enrolled between the count and the delete.
 */
export async function removeProgram(actor: Actor | null, universityId: string, programId: string) {
  const me = requireUniversityAdmin(actor);
  await db.$transaction(async (tx) => {
    const university = await scopedUniversity(me, universityId, tx);
    const locked = await tx.$queryRaw<{ id: string }[]>`
      select p.id from "Program" p join "Department" d on d.id = p."departmentId"
      where p.id = ${String(programId)} and d."universityId" = ${university.id}
      for update of p`;
    if (locked.length === 0) throw notFound();
    const program = await tx.program.findFirst({
      where: { id: String(programId), department: { universityId: university.id } },
      select: { id: true, name: true, _count: { select: { students: true } } },
    });
    if (!program) throw notFound();
    const students = program._count.students;
    if (students > 0) throw conflict({ key: "programInUse", values: { students } });
    await tx.program.delete({ where: { id: program.id } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "program.removed",
      entity: "Program",
      entityId: program.id,
      before: { name: program.name },
    });
  });
}
