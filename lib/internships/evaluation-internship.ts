import { db, type Tx } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { EvaluationFormKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import type { AgreementField } from "./evaluation-schemas";
import { internshipScope } from "./policy";

const person = { select: { id: true, name: true, email: true, locale: true } } as const;

export const evaluationInternshipSelect = {
  id: true,
  status: true,
  startDate: true,
  endDate: true,
  universityId: true,
  studentId: true,
  enterpriseId: true,
  supervisorId: true,
  finalReportId: true,
  student: { select: { user: person } },
  tutor: { select: { user: person } },
  supervisor: { select: { user: person } },
  enterprise: { select: { name: true } },
  offer: { select: { title: true } },
  agreement: {
    select: {
      tasks: true,
      place: true,
      startDate: true,
      endDate: true,
      weeklyHours: true,
      tutorName: true,
      tutorEmail: true,
    },
  },
} as const;

export type EvaluationInternship = NonNullable<Awaited<ReturnType<typeof loadInternship>>>;

/** An internship with what its evaluations need; no scope: callers put theirs (or hold a link). */
export function loadInternship(where: { id: string; AND?: object[] }, tx: Tx = db) {
  return tx.internship.findFirst({ where, select: evaluationInternshipSelect });
}

/** The internship if the actor is one of its parties (internshipScope), else "not found". */
export async function scopedInternship(actor: Actor, internshipId: string, tx: Tx = db) {
  const internship = await loadInternship({ id: internshipId, AND: [internshipScope(actor)] }, tx);
  if (!internship) throw notFound("internshipNotFound");
  return internship;
}

/** The forms the actor fills on this internship: the tutor theirs, the assigned supervisor theirs, the student both of theirs. */
export function formsFilledBy(actor: Actor, internship: EvaluationInternship): EvaluationFormKind[] {
  if (actor.role === "STUDENT" && actor.studentId === internship.studentId) return ["STUDENT_SELF", "STUDENT_HOST"];
  if (actor.role === "ENTERPRISE" && internship.tutor?.user.id === actor.userId)
    return ["TUTOR_MIDTERM", "TUTOR_FINAL"];
  if (actor.role === "UNIVERSITY_SUPERVISOR" && internship.supervisorId === actor.university?.staffId)
    return ["SUPERVISOR"];
  return [];
}

/** The student's evaluation of the host stays with the student and the university: the enterprise does not read it. */
export const readsForm = (actor: Actor, kind: EvaluationFormKind) =>
  !(actor.role === "ENTERPRISE" && kind === "STUDENT_HOST");

/** The tutor's address: their account's, else the one written in the agreement. */
export function tutorContact(
  internship: EvaluationInternship,
): { email: string; name: string; userId: string | null; locale: string } | null {
  if (internship.tutor) return { ...internship.tutor.user, userId: internship.tutor.user.id };
  const { tutorEmail, tutorName } = internship.agreement;
  return tutorEmail ? { email: tutorEmail, name: tutorName ?? "", userId: null, locale: "fr" } : null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The values questions "from the agreement" show. */
export function agreementValues(internship: EvaluationInternship): Record<AgreementField, string | null> {
  const a = internship.agreement;
  return {
    tasks: a.tasks,
    place: a.place,
    dates: `${day(a.startDate)} – ${day(a.endDate)}`,
    weeklyHours: String(a.weeklyHours),
    tutorName: a.tutorName ?? internship.tutor?.user.name ?? null,
  };
}
