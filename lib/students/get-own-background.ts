import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "./policy";

/** The signed-in student's jobs and languages, for their profile page. */
export async function getOwnBackground(actor: Actor | null) {
  const me = requireStudent(actor);
  const [experiences, languages] = await Promise.all([
    db.workExperience.findMany({
      where: { studentId: me.studentId },
      select: { id: true, employer: true, role: true, startDate: true, endDate: true },
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { employer: "asc" }],
    }),
    db.studentLanguage.findMany({
      where: { studentId: me.studentId },
      select: { language: true, level: true },
      orderBy: { language: "asc" },
    }),
  ]);
  return { experiences, languages };
}
