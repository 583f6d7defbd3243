import { db } from "@/lib/core/db";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { studentScope } from "./policy";
import { studentListSchema } from "./schemas";

/**
 * Students the actor may see, newest first: their university's, their interns, all for admins;
 * enterprises see only profiles made visible to them, without e-mail or phone (never listed).
 */
export async function listStudents(actor: Actor | null, input: unknown = {}) {
  const me = requireActor(actor);
  const { q, ...page } = await validate(studentListSchema, input);
  const search: Prisma.StudentWhereInput = q
    ? {
        OR: [
          { user: { name: { contains: q, mode: "insensitive" } } },
          { headline: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
  const rows = await db.student.findMany({
    where: { AND: [studentScope(me), search] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(page),
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
  const full = me.role !== "ENTERPRISE";
  const items = rows.map(({ user, skills, visibleToEnterprises, ...row }) => ({
    ...row,
    name: user.name,
    skills: skills.map((s) => s.skill.name),
    ...(full ? { email: user.email, visibleToEnterprises } : {}),
  }));
  return toPage(items, page.limit);
}
