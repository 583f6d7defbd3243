import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { studentScope } from "@/lib/students/policy";
import { internshipScope } from "./policy";

/** A student's internships, newest first: for the student, their university, their supervisor and admins. */
export async function listStudentInternships(actor: Actor | null, studentId: string, input: unknown = {}) {
  const me = requireRole(actor, "STUDENT", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR", "SYSTEM_ADMIN");
  const page = await validate(pageSchema, input);
  if (!(await db.student.findFirst({ where: { AND: [{ id: studentId }, studentScope(me)] }, select: { id: true } })))
    throw notFound("studentNotFound");
  const rows = await db.internship.findMany({
    where: { AND: [{ studentId }, internshipScope(me)] },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    ...pageArgs(page),
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      startedAt: true,
      completedAt: true,
      enterprise: { select: { id: true, name: true } },
      offer: { select: { id: true, title: true } },
    },
  });
  return toPage(rows, page.limit);
}
