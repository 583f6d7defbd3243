import { db, type Tx } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { applicationScope } from "./policy";
import { offerCriteria, scorecardSelect, summarize, toScorecard } from "./scorecard-view";

/**
 * The scorecards of one application, for the offer's enterprise: the criteria to rate, the
 * caller's own scorecard, and the others' with their averages, but only once the caller has sent
 * their own (so each evaluator judges before reading their colleagues). Until then `others` is
 * empty and `summary` null; `hiddenCount` says how many are waiting. System admins read them all.
 */
export async function getScorecards(actor: Actor | null, applicationId: string, tx: Tx = db) {
  const me = requireRole(actor, "ENTERPRISE", "SYSTEM_ADMIN");
  const application = await tx.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(me)] },
    select: { offerId: true },
  });
  if (!application) throw notFound("applicationNotFound");
  const [criteria, rows] = await Promise.all([
    offerCriteria(tx, application.offerId),
    tx.applicationEvaluation.findMany({
      where: { applicationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: scorecardSelect,
    }),
  ]);
  const scorecards = rows.map(toScorecard);
  const mine = scorecards.find((card) => card.evaluatorId === me.userId) ?? null;
  const others = scorecards.filter((card) => card !== mine);
  const revealed = mine !== null || me.role === "SYSTEM_ADMIN";
  return {
    applicationId,
    criteria,
    mine,
    others: revealed ? others : [],
    hiddenCount: revealed ? 0 : others.length,
    summary: revealed ? summarize(criteria, scorecards) : null,
  };
}
export type ScorecardsView = Awaited<ReturnType<typeof getScorecards>>;
