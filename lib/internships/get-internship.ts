import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { attachmentSelect, attachmentView } from "./activity-attachments";
import { attendanceTotals } from "./attendance-totals";
import { issueViewSelect } from "./issue-view";
import { ownInternship } from "./own-internship";
import { allowedActions } from "./policy";
import { missingWeeks } from "./weeks";

const person = { select: { name: true, email: true } } as const;

/**
 * The one page of an internship for each of its parties: status and dates, who is who, the
 * logbook with its comments, attached files and missing weeks, the attendance and its totals, the issues, the
 * certificates; and what the caller may do (`can`). Another's internship reads as unknown.
 */
export async function getInternship(actor: Actor | null, internshipId: string) {
  const { party } = await ownInternship(db, actor, internshipId);
  const row = await db.internship.findUniqueOrThrow({
    where: { id: internshipId },
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      startedAt: true,
      completedAt: true,
      terminatedAt: true,
      terminationReason: true,
      finalReportId: true,
      student: { select: { id: true, user: person } },
      enterprise: { select: { id: true, name: true } },
      university: { select: { id: true, name: true } },
      offer: { select: { id: true, title: true } },
      tutor: { select: { user: person } },
      supervisor: { select: { user: person } },
      agreement: { select: { id: true, weeklyHours: true, tutorName: true, tutorEmail: true } },
      activities: {
        orderBy: { weekStart: "desc" },
        select: {
          id: true,
          weekStart: true,
          summary: true,
          learnings: true,
          hours: true,
          updatedAt: true,
          attachments: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: attachmentSelect },
          comments: {
            orderBy: { createdAt: "asc" },
            select: { id: true, authorRole: true, body: true, createdAt: true, author: { select: { name: true } } },
          },
        },
      },
      attendance: {
        orderBy: { date: "desc" },
        select: { id: true, date: true, status: true, hours: true, absenceReason: true, note: true },
      },
      issues: { orderBy: [{ status: "asc" }, { severity: "desc" }, { createdAt: "desc" }], select: issueViewSelect },
      certificates: { select: { serial: true, kind: true, issuedAt: true, revokedAt: true } },
    },
  });
  const { agreement, tutor } = row;
  return {
    id: row.id,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    terminatedAt: row.terminatedAt,
    terminationReason: row.terminationReason,
    finalReportValidated: row.finalReportId !== null,
    agreementId: agreement.id,
    student: { id: row.student.id, name: row.student.user.name, email: row.student.user.email },
    enterprise: row.enterprise,
    university: row.university,
    offer: row.offer,
    tutor: tutor
      ? tutor.user
      : agreement.tutorName
        ? { name: agreement.tutorName, email: agreement.tutorEmail ?? null }
        : null,
    supervisor: row.supervisor?.user ?? null,
    party,
    can: allowedActions(party),
    logbook: {
      weeks: row.activities.map(({ comments, attachments, ...week }) => ({
        ...week,
        attachments: attachments.map(attachmentView),
        comments: comments.map(({ author, ...c }) => ({ ...c, authorName: author?.name ?? null })),
      })),
      // An internship ended early misses no week after its end.
      missingWeeks: missingWeeks(
        {
          startDate: row.startDate,
          endDate: row.terminatedAt && row.terminatedAt < row.endDate ? row.terminatedAt : row.endDate,
        },
        row.activities.map((a) => a.weekStart),
      ),
    },
    attendance: {
      days: row.attendance.map((d) => ({ ...d, hours: d.hours === null ? null : d.hours.toNumber() })),
      totals: attendanceTotals(row.attendance, agreement, row),
    },
    issues: row.issues,
    certificates: row.certificates.map((c) => ({
      serial: c.serial,
      kind: c.kind,
      status: c.revokedAt ? ("REVOKED" as const) : ("VALID" as const),
      issuedAt: c.issuedAt,
    })),
  };
}
export type InternshipView = Awaited<ReturnType<typeof getInternship>>;
