import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { studentScope } from "@/lib/students/policy";
import { applicationScope } from "./policy";

/**
 * A student's applications, newest first: for the student, their university and admins.
 * Enterprises read applicants through their own offers, not through a student.
 */
export async function listStudentApplications(actor: Actor | null, studentId: string, input: unknown = {}) {
  const me = requireRole(actor, "STUDENT", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR", "SYSTEM_ADMIN");
  const page = await validate(pageSchema, input);
  if (!(await db.student.findFirst({ where: { AND: [{ id: studentId }, studentScope(me)] }, select: { id: true } })))
    throw notFound("studentNotFound");
  const rows = await db.application.findMany({
    where: { AND: [{ studentId }, applicationScope(me)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(page),
    select: {
      id: true,
      status: true,
      matchScore: true,
      submittedAt: true,
      decidedAt: true,
      createdAt: true,
      updatedAt: true,
      offer: {
        select: { id: true, title: true, city: true, country: true, enterprise: { select: { id: true, name: true } } },
      },
    },
  });
  return toPage(rows, page.limit);
}
