import { db } from "@/lib/core/db";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { studentScope } from "@/lib/students/policy";
import { requireUniversityStaff, scopedUniversity } from "./policy";
import { rosterListSchema } from "./schemas";
import { standingOf, standingSelect, standingWhere } from "./student-standing";

/**
 * A university's students by name: its admins see the whole roster, a supervisor only the
 * students assigned to them (students' policy). Search by name, e-mail or student number; filter
 * by program, year and where they stand with their internship.
 */
export async function listRosterStudents(actor: Actor | null, universityId: string, input: unknown = {}) {
  const me = requireUniversityStaff(actor);
  const { q, programId, year, standing, ...page } = await validate(rosterListSchema, input);
  const university = await scopedUniversity(me, universityId);
  const filters: Prisma.StudentWhereInput[] = [{ universityId: university.id }, studentScope(me)];
  if (q) {
    filters.push({
      OR: [
        { user: { name: { contains: q, mode: "insensitive" } } },
        { user: { email: { contains: q, mode: "insensitive" } } },
        { studentNumber: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (programId) filters.push({ programId });
  if (year !== undefined) filters.push({ yearOfStudy: year });
  if (standing) filters.push(standingWhere(standing));
  const rows = await db.student.findMany({
    where: { AND: filters },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    ...pageArgs(page),
    select: {
      id: true,
      studentNumber: true,
      yearOfStudy: true,
      user: { select: { name: true, email: true, passwordHash: true, emailVerified: true } },
      program: { select: { id: true, name: true, level: true } },
      ...standingSelect,
    },
  });
  const items = rows.map(({ user, internships, agreements, applications, ...row }) => ({
    ...row,
    name: user.name,
    email: user.email,
    // Invited by a roster import and not signed in yet: no password chosen, address not confirmed.
    accountPending: !user.passwordHash && !user.emailVerified,
    standing: standingOf({ internships, agreements, applications }),
  }));
  return { university, ...toPage(items, page.limit) };
}
