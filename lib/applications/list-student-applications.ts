import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { studentScope } from "@/lib/students/policy";
import type { Reason } from "@/lib/recommendations/score-offer";
import { applicationScope } from "./policy";
import { allowedMoves } from "./transitions";

/**
 * A student's applications, newest first, each with its history and match reasons: for the
 * student, their university and admins.
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
      matchReasons: true,
      offer: {
        select: { id: true, title: true, city: true, country: true, enterprise: { select: { id: true, name: true } } },
      },
      history: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { toStatus: true, note: true, createdAt: true },
      },
    },
  });
  const { items, nextCursor } = toPage(rows, page.limit);
  return {
    items: items.map(({ matchReasons, history, ...application }) => ({
      ...application,
      matchReasons: (matchReasons ?? []) as Reason[],
      history: history.map(({ createdAt, ...change }) => ({ ...change, at: createdAt })),
      /** The moves the caller may make now (the student's own: send a draft, withdraw). */
      allowed: me.studentId === studentId ? allowedMoves(application.status, "student") : [],
    })),
    nextCursor,
  };
}
