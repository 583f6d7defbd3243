import type { Prisma } from "@/lib/generated/prisma/client";
import { opensOn } from "./evaluation-kinds";
import { EVALUATION_FORM_KINDS } from "./evaluation-schemas";
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
  evaluations: { select: { formKind: true } },
  visits: {
    where: { status: { in: ["PROPOSED", "SCHEDULED"] } },
    orderBy: { plannedAt: "asc" },
    select: { status: true, plannedAt: true },
  },
} as const satisfies Prisma.InternshipSelect;

type Row = Prisma.InternshipGetPayload<{ select: typeof summarySelect }>;

export function internshipSummary(row: Row, today?: Date) {
  const now = today ?? new Date();
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
    // Forms of every party open (their day has come) and not submitted, while the internship is under way.
    evaluationsDue:
      row.status === "ACTIVE"
        ? EVALUATION_FORM_KINDS.filter(
            (kind) => opensOn(kind, row) <= now && !row.evaluations.some((e) => e.formKind === kind),
          ).length
        : 0,
    // The next scheduled visit to come, and whether dates offered still wait for a pick.
    nextVisitAt:
      row.visits.find((v) => v.status === "SCHEDULED" && v.plannedAt && v.plannedAt >= now)?.plannedAt ?? null,
    visitsProposed: row.visits.filter((v) => v.status === "PROPOSED").length,
  };
}
export type InternshipSummary = ReturnType<typeof internshipSummary>;

const WEEK = 7 * 86_400_000;
/** A visit within the coming week counts as needing attention. */
const visitSoon = (s: InternshipSummary) =>
  s.nextVisitAt !== null && s.nextVisitAt.getTime() - Date.now() <= WEEK ? 1 : 0;

/**
 * Most in need of attention first: serious open issues, open issues, missing logbook weeks,
 * evaluations due, then a visit coming within the week.
 */
export const byAttention = (a: InternshipSummary, b: InternshipSummary) =>
  b.maxOpenSeverity - a.maxOpenSeverity ||
  b.openIssues - a.openIssues ||
  b.missingWeeks - a.missingWeeks ||
  b.evaluationsDue - a.evaluationsDue ||
  visitSoon(b) - visitSoon(a) ||
  a.startDate.getTime() - b.startDate.getTime() ||
  a.id.localeCompare(b.id);
