import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import type { Actor } from "@/lib/identity/actor";
import { internshipScope } from "@/lib/internships/policy";
import { missingWeeks, utcToday } from "@/lib/internships/weeks";
import { LIST_LIMIT, shortDate, type AssistantAnswer } from "./answer";
import type { Period } from "./entities";

type Answer = Omit<AssistantAnswer, "intent" | "answered">;
const internshipUrl = (id: string) => `/internships/${id}`;

/** The followed interns in progress whose logbook lacks finished weeks, most weeks missing first. */
export async function missingLogbooks(me: Actor, locale: string, now = new Date()): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const internships = await db.internship.findMany({
    where: { AND: [internshipScope(me), { status: "ACTIVE" }] },
    take: 500,
    select: {
      id: true,
      startDate: true,
      endDate: true,
      student: { select: { user: { select: { name: true } } } },
      activities: { select: { weekStart: true } },
    },
  });
  const today = utcToday(now);
  const behind = internships
    .map((i) => ({
      ...i,
      missing: missingWeeks(
        i,
        i.activities.map((a) => a.weekStart),
        today,
      ),
    }))
    .filter((i) => i.missing.length > 0)
    .sort((a, b) => b.missing.length - a.missing.length);
  if (behind.length === 0)
    return { answer: t(internships.length ? "logbooksUpToDate" : "noActiveInternship"), citations: [] };
  const shown = behind.slice(0, LIST_LIMIT);
  const lines = shown.map((i) => `• ${t("weeksMissing", { name: i.student.user.name, count: i.missing.length })}`);
  return {
    answer: `${t("missingLogbooks", { count: behind.length })}\n${lines.join("\n")}`,
    citations: shown.map((i) => ({
      kind: "internship",
      id: i.id,
      title: i.student.user.name,
      url: internshipUrl(i.id),
    })),
  };
}

/**
 * Visits to plan: followed internships (planned or in progress) with no visit yet, visits proposed
 * and waiting for a slot to be picked, and the scheduled ones (in the period asked, else to come).
 */
export async function visitsToPlan(me: Actor, locale: string, when: Period | null, now = new Date()): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const internships = await db.internship.findMany({
    where: { AND: [internshipScope(me), { status: { in: ["PLANNED", "ACTIVE"] } }] },
    take: 500,
    select: {
      id: true,
      student: { select: { user: { select: { name: true } } } },
      visits: { where: { status: { not: "CANCELLED" } }, select: { id: true, status: true, plannedAt: true } },
    },
  });
  const unplanned = internships.filter((i) => i.visits.length === 0);
  const proposed = internships.filter((i) => i.visits.some((v) => v.status === "PROPOSED"));
  const from = when?.from ?? now;
  const to = when?.to ?? new Date(8.64e15);
  const scheduled = internships.flatMap((i) =>
    i.visits
      .filter((v) => v.status === "SCHEDULED" && v.plannedAt && v.plannedAt >= from && v.plannedAt < to)
      .map((v) => ({ internship: i, at: v.plannedAt! })),
  );
  if (internships.length === 0) return { answer: t("noFollowedInternship"), citations: [] };
  const lines = [
    t("visitsSummary", { unplanned: unplanned.length, proposed: proposed.length, scheduled: scheduled.length }),
    ...unplanned.slice(0, LIST_LIMIT).map((i) => `• ${t("visitToPlan", { name: i.student.user.name })}`),
    ...proposed.slice(0, LIST_LIMIT).map((i) => `• ${t("visitProposed", { name: i.student.user.name })}`),
    ...scheduled
      .slice(0, LIST_LIMIT)
      .map(
        (s) =>
          `• ${t("visitScheduled", { name: s.internship.student.user.name, date: shortDate(s.at, locale, true) })}`,
      ),
  ];
  const cited = new Map<string, { id: string; name: string }>();
  for (const i of [...unplanned, ...proposed, ...scheduled.map((s) => s.internship)].slice(0, LIST_LIMIT * 2))
    cited.set(i.id, { id: i.id, name: i.student.user.name });
  return {
    answer: lines.join("\n"),
    citations: [...cited.values()].map((i) => ({
      kind: "internship",
      id: i.id,
      title: i.name,
      url: internshipUrl(i.id),
    })),
  };
}
