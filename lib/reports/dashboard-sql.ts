import { field, invalid } from "@/lib/core/errors";
import { db } from "@/lib/core/db";
import { minorDigits } from "@/lib/core/money";
import { Prisma } from "@/lib/generated/prisma/client";
import { Currency } from "@/lib/generated/prisma/enums";
import type { UniversityDashboardFilters } from "./schemas";

/**
 * The students a university dashboard counts, as a SQL `with` body: the university's students,
 * narrowed by year of study, department and program. Every figure joins this cohort, so the owner
 * (the university) is in every query.
 */
export function cohortSql(universityId: string, filters: UniversityDashboardFilters): Prisma.Sql {
  const { year, department, program } = filters;
  return Prisma.sql`
    select s.id, s."programId", s."yearOfStudy"
    from "Student" s
    ${department ? Prisma.sql`join "Program" cp on cp.id = s."programId" and cp."departmentId" = ${department}` : Prisma.empty}
    where s."universityId" = ${universityId}
    ${program ? Prisma.sql`and s."programId" = ${program}` : Prisma.empty}
    ${year ? Prisma.sql`and s."yearOfStudy" = ${year}` : Prisma.empty}`;
}

/** A department or program that is not the university's is a bad filter (400), not an empty dashboard. */
export async function checkFilters(universityId: string, filters: UniversityDashboardFilters): Promise<void> {
  const [department, program] = await Promise.all([
    filters.department ? db.department.count({ where: { id: filters.department, universityId } }) : 1,
    filters.program ? db.program.count({ where: { id: filters.program, department: { universityId } } }) : 1,
  ]);
  const errors = {
    ...(!department && { department: field("choice") }),
    ...(!program && { program: field("choice") }),
  };
  if (Object.keys(errors).length) throw invalid(errors);
}

/** How many minor units make one major unit of the agreement's currency, as SQL. */
export const unitSql = Prisma.sql`(case ag."stipendCurrency"::text ${Prisma.join(
  Object.values(Currency).map((code) => Prisma.sql`when ${code} then ${10 ** minorDigits(code)}`),
  " ",
)} else 100 end)`;

export const round = (value: number | null, digits = 1) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
