import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { universitySelect } from "./list-universities";

/** A university's public identity for anyone signed in; its own staff also get its counts. */
export async function getUniversity(actor: Actor | null, universityId: string) {
  const me = requireActor(actor);
  const university = await db.university.findUnique({ where: { id: String(universityId) }, select: universitySelect });
  if (!university) throw notFound();
  // Only staff rows carry a university: students and enterprises never pass.
  const insider = me.role === "SYSTEM_ADMIN" || me.university?.id === university.id;
  if (!insider) return university;
  const [departments, programs, students, staff] = await Promise.all([
    db.department.count({ where: { universityId: university.id } }),
    db.program.count({ where: { department: { universityId: university.id } } }),
    db.student.count({ where: { universityId: university.id } }),
    db.universityStaff.count({ where: { universityId: university.id } }),
  ]);
  return { ...university, counts: { departments, programs, students, staff } };
}
