import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";

/**
 * For a list of applications the actor may already read: how many scorecards each has, and their
 * overall average (1–4), given only where the actor has sent their own scorecard (the rule of
 * get-scorecards: no one reads the others' judgement before giving theirs); admins read all.
 */
export async function scorecardAverages(me: Actor, applicationIds: string[]) {
  const result = new Map<string, { scoreAverage: number | null; scorecards: number }>();
  if (applicationIds.length === 0) return result;
  const [groups, mine] = await Promise.all([
    db.applicationEvaluation.groupBy({
      by: ["applicationId"],
      where: { applicationId: { in: applicationIds } },
      _avg: { score: true },
      _count: { _all: true },
    }),
    db.applicationEvaluation.findMany({
      where: { applicationId: { in: applicationIds }, evaluatorId: me.userId },
      select: { applicationId: true },
    }),
  ]);
  const scored = new Set(mine.map((row) => row.applicationId));
  for (const id of applicationIds) result.set(id, { scoreAverage: null, scorecards: 0 });
  for (const group of groups) {
    const revealed = me.role === "SYSTEM_ADMIN" || scored.has(group.applicationId);
    const average = group._avg.score;
    result.set(group.applicationId, {
      scoreAverage: revealed && average !== null ? Math.round(average * 100) / 100 : null,
      scorecards: group._count._all,
    });
  }
  return result;
}
