import { db } from "@/lib/core/db";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { studentScope } from "./policy";
import { profileFilters } from "./profile-filters";
import { searchStudentProfiles } from "./search-student-profiles";
import { studentListSchema } from "./schemas";

/**
 * Students the actor may see, newest first: their university's, their interns, all for admins,
 * narrowed by the talent filters; enterprises get the talent search (visible profiles, no contact).
 */
export async function listStudents(actor: Actor | null, input: unknown = {}) {
  const me = requireActor(actor);
  if (me.role === "ENTERPRISE") return searchStudentProfiles(me, input);
  const filters = await validate(studentListSchema, input);
  const rows = await db.student.findMany({
    where: { AND: [studentScope(me), profileFilters(filters)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(filters),
    select: {
      id: true,
      headline: true,
      city: true,
      fieldOfStudy: true,
      visibleToEnterprises: true,
      user: { select: { name: true, email: true } },
      university: { select: { id: true, name: true } },
      program: { select: { id: true, name: true } },
      skills: { select: { skill: { select: { name: true } } }, orderBy: { skill: { name: "asc" } } },
    },
  });
  const items = rows.map(({ user, skills, visibleToEnterprises, ...row }) => ({
    ...row,
    name: user.name,
    skills: skills.map((s) => s.skill.name),
    email: user.email,
    visibleToEnterprises,
  }));
  return toPage(items, filters.limit);
}
