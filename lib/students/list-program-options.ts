import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/** The programs a student may pick on their profile: those of their own university. */
export async function listProgramOptions(actor: Actor | null) {
  const me = requireRole(actor, "STUDENT");
  return db.program.findMany({
    where: { department: { university: { students: { some: { id: me.studentId ?? "-" } } } } },
    orderBy: [{ department: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, level: true, department: { select: { name: true } } },
  });
}
