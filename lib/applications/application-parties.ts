import type { Prisma } from "@/lib/generated/prisma/client";

/** Who hears about an application: its student, and the admins and recruiters of the offer's enterprise. */
export const applicationPartiesSelect = {
  id: true,
  student: { select: { user: { select: { id: true, name: true, email: true, locale: true } } } },
  offer: {
    select: {
      title: true,
      enterprise: {
        select: {
          name: true,
          members: {
            where: { role: { in: ["ADMIN", "RECRUITER"] } },
            select: { user: { select: { id: true, email: true, locale: true } } },
          },
        },
      },
    },
  },
} as const satisfies Prisma.ApplicationSelect;
