import type { Prisma } from "@/lib/generated/prisma/client";
import { missingWeeks } from "./weeks";

/** What a list row of an internship shows, and what needs attention in it. */
export const summarySelect = {
  id: true,
  status: true,
  startDate: true,
  endDate: true,
  terminatedAt: true,
  student: { select: { id: true, user: { select: { name: true } } } },
  enterprise: { select: { id: true, name: true } },
  offer: { select: { id: true, title: true } },
  tutor: { select: { user: { select: { name: true } } } },
  supervisor: { select: { id: true, user: { select: { name: true } } } },
  activities: { select: { weekStart: true } },
  issues: { where: { status: "OPEN" }, select: { severity: true } },
} as const satisfies Prisma.InternshipSelect;

type Row = Prisma.InternshipGetPayload<{ select: typeof summarySelect }>;

export function internshipSummary(row: Row, today?: Date) {
  const end = row.terminatedAt && row.terminatedAt < row.endDate ? row.terminatedAt : row.endDate;
  const missing =
    row.status === "ACTIVE" || row.status === "COMPLETED"
      ? missingWeeks(
          { startDate: row.startDate, endDate: end },
          row.activities.map((a) => a.weekStart),
          today,
        ).length
      : 0;
  return {
    id: row.id,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    student: { id: row.student.id, name: row.student.user.name },
    enterprise: row.enterprise,
    offer: row.offer,
    tutorName: row.tutor?.user.name ?? null,
    supervisor: row.supervisor ? { id: row.supervisor.id, name: row.supervisor.user.name } : null,
    missingWeeks: missing,
    openIssues: row.issues.length,
    maxOpenSeverity: row.issues.reduce((max, i) => Math.max(max, i.severity), 0),
  };
}
export type InternshipSummary = ReturnType<typeof internshipSummary>;

/** Most in need of attention first: serious open issues, then open issues, then missing logbook weeks. */
export const byAttention = (a: InternshipSummary, b: InternshipSummary) =>
  b.maxOpenSeverity - a.maxOpenSeverity ||
  b.openIssues - a.openIssues ||
  b.missingWeeks - a.missingWeeks ||
  a.startDate.getTime() - b.startDate.getTime() ||
  a.id.localeCompare(b.id);
