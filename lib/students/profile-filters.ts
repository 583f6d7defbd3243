import type { Prisma } from "@/lib/generated/prisma/client";
import type { StudentListInput } from "./schemas";

/**
 * The `where` of GET /students' filters. Skills: all of them (names ignore case). Field: the field
 * of study or a wished field. Place: the city or a wished place. Availability: a wished period that
 * overlaps the one asked (an open end counts as available); students who gave no dates are left out.
 */
export function profileFilters(input: StudentListInput): Prisma.StudentWhereInput {
  const and: Prisma.StudentWhereInput[] = [];
  if (input.q)
    and.push({
      OR: [
        { user: { name: { contains: input.q, mode: "insensitive" } } },
        { headline: { contains: input.q, mode: "insensitive" } },
      ],
    });
  for (const name of input.skills) and.push({ skills: { some: { skill: { name } } } });
  if (input.field) and.push({ OR: [{ fieldOfStudy: input.field }, { preference: { fields: { has: input.field } } }] });
  if (input.level) and.push({ program: { level: input.level } });
  if (input.city)
    and.push({
      OR: [{ city: { contains: input.city, mode: "insensitive" } }, { preference: { places: { has: input.city } } }],
    });
  const { availableFrom: from, availableTo: to } = input;
  if (from || to)
    and.push({
      preference: {
        OR: [{ availableFrom: { not: null } }, { availableTo: { not: null } }],
        AND: [
          ...(to ? [{ OR: [{ availableFrom: null }, { availableFrom: { lte: to } }] }] : []),
          ...(from ? [{ OR: [{ availableTo: null }, { availableTo: { gte: from } }] }] : []),
        ],
      },
    });
  return { AND: and };
}
