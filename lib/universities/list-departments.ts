import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityStaff, scopedUniversity } from "./policy";

/** A university's departments and their programs, by name, with what each holds (so removal can be offered or not). */
export async function listDepartments(actor: Actor | null, universityId: string) {
  const me = requireUniversityStaff(actor);
  const university = await scopedUniversity(me, universityId);
  const departments = await db.department.findMany({
    where: { universityId: university.id },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      _count: { select: { staff: true } },
      programs: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, level: true, years: true, _count: { select: { students: true } } },
      },
    },
  });
  return {
    university,
    items: departments.map(({ _count, programs, ...department }) => ({
      ...department,
      staffCount: _count.staff,
      programs: programs.map(({ _count: count, ...program }) => ({ ...program, studentCount: count.students })),
    })),
  };
}
