import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import type { EvaluationFormKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { opensOn } from "@/lib/internships/evaluation-kinds";
import { internshipScope } from "@/lib/internships/policy";
import {
  dayText,
  localTime,
  PER_KIND,
  sinceDayOf,
  sinceOf,
  versionOf,
  type FeedContext,
  type FeedEvent,
} from "./feed-event";

/**
 * The internships where the caller has a part of their own: the student, the tutor, the assigned
 * supervisor (read through the internships' scope; an enterprise's or a university's admins follow
 * many without visiting or evaluating them).
 */
function partyWhere({ me }: FeedContext): Prisma.InternshipWhereInput | null {
  const part: Prisma.InternshipWhereInput | null =
    me.role === "STUDENT" && me.studentId
      ? { studentId: me.studentId }
      : me.role === "ENTERPRISE"
        ? { tutor: { userId: me.userId } }
        : me.role === "UNIVERSITY_SUPERVISOR" && me.university
          ? { supervisorId: me.university.staffId }
          : null;
  return part && { AND: [internshipScope(me), part] };
}

/** Visits and calls with a date (scheduled or done), with the UID and SEQUENCE of their invitation. */
export async function visitEvents(context: FeedContext): Promise<FeedEvent[]> {
  const internship = partyWhere(context);
  if (!internship) return [];
  const { me, now, host, appUrl } = context;
  const rows = await db.supervisorVisit.findMany({
    where: {
      internship,
      status: { in: ["SCHEDULED", "DONE"] },
      plannedAt: { gte: sinceOf(now) },
      endsAt: { not: null },
    },
    orderBy: { plannedAt: "asc" },
    take: PER_KIND,
    select: {
      id: true,
      kind: true,
      sequence: true,
      updatedAt: true,
      plannedAt: true,
      endsAt: true,
      location: true,
      meetingUrl: true,
      timeZone: true,
      internship: {
        select: {
          id: true,
          student: { select: { user: { select: { name: true } } } },
          enterprise: { select: { name: true } },
        },
      },
    },
  });
  const t = translator(me.locale, "calendar.feed");
  return rows.map((visit) => {
    const url = `${appUrl}/internships/${visit.internship.id}`;
    return {
      uid: `visit-${visit.id}@${host}`,
      sequence: visit.sequence,
      stamp: visit.updatedAt,
      allDay: false,
      start: visit.plannedAt!,
      end: visit.endsAt!,
      summary: t("visit", {
        kind: t(`visitKind.${visit.kind}`),
        student: visit.internship.student.user.name,
        enterprise: visit.internship.enterprise.name,
      }),
      description: [localTime(me.locale, visit.plannedAt!, visit.timeZone), visit.meetingUrl, url]
        .filter(Boolean)
        .join("\n"),
      location: visit.location ?? visit.meetingUrl ?? undefined,
      url,
    };
  });
}

/** The forms each part fills (as lib/internships/evaluation-internship.ts says). */
const FORMS: Record<string, EvaluationFormKind[]> = {
  STUDENT: ["STUDENT_SELF", "STUDENT_HOST"],
  ENTERPRISE: ["TUTOR_MIDTERM", "TUTOR_FINAL"],
  UNIVERSITY_SUPERVISOR: ["SUPERVISOR"],
};

/**
 * Evaluations the caller still owes on their internships planned or under way: one all-day event
 * on the day each form opens (halfway for the midterm, two weeks before the end for the others).
 */
export async function evaluationEvents(context: FeedContext): Promise<FeedEvent[]> {
  const internship = partyWhere(context);
  const forms = FORMS[context.me.role];
  if (!internship || !forms) return [];
  const { me, now, host, appUrl } = context;
  const rows = await db.internship.findMany({
    where: { AND: [internship, { status: { in: ["PLANNED", "ACTIVE"] }, endDate: { gte: sinceDayOf(now) } }] },
    orderBy: { endDate: "asc" },
    take: PER_KIND,
    select: {
      id: true,
      startDate: true,
      endDate: true,
      updatedAt: true,
      student: { select: { user: { select: { name: true } } } },
      evaluations: { select: { formKind: true } },
    },
  });
  const t = translator(me.locale, "calendar.feed");
  return rows.flatMap((row) =>
    forms
      .filter((kind) => !row.evaluations.some((e) => e.formKind === kind))
      .map((kind) => {
        const url = `${appUrl}/internships/${row.id}/evaluations`;
        const day = opensOn(kind, row);
        return {
          uid: `evaluation-${row.id}-${kind.toLowerCase()}@${host}`,
          sequence: versionOf(row.updatedAt),
          stamp: row.updatedAt,
          allDay: true as const,
          day,
          summary: t("evaluationDue", { form: t(`form.${kind}`), student: row.student.user.name }),
          description: `${t("evaluationUntil", { date: dayText(me.locale, row.endDate) })}\n${url}`,
          url,
        };
      }),
  );
}
