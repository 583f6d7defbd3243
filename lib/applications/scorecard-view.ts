import type { Tx } from "@/lib/core/db";
import type { Prisma, Recommendation } from "@/lib/generated/prisma/client";
import { criteriaOf, mean, recommendationWeight, RECOMMENDATIONS, type Criterion } from "./scorecard-criteria";

/** A criterion as rated on one scorecard (label as it was; null for the default set's, translated). */
export type RatedCriterion = Criterion & { rating: number };

export const scorecardSelect = {
  id: true,
  evaluatorId: true,
  score: true,
  criteria: true,
  recommendation: true,
  comment: true,
  createdAt: true,
  updatedAt: true,
  evaluator: { select: { name: true } },
} satisfies Prisma.ApplicationEvaluationSelect;

type Row = Prisma.ApplicationEvaluationGetPayload<{ select: typeof scorecardSelect }>;

export const toScorecard = ({ evaluator, criteria, ...row }: Row) => ({
  ...row,
  evaluatorName: evaluator?.name ?? null,
  ratings: (Array.isArray(criteria) ? criteria : []) as RatedCriterion[],
});
export type ScorecardView = ReturnType<typeof toScorecard>;

/** The criteria an offer's evaluators rate: its own, else the default set. */
export async function offerCriteria(tx: Tx, offerId: string): Promise<Criterion[]> {
  const stored = await tx.offerScorecard.findUnique({ where: { offerId }, select: { criteria: true } });
  return criteriaOf(stored?.criteria);
}

/**
 * The averages of several scorecards: per criterion of the offer (over the scorecards that rated
 * it), overall (the mean of each scorecard's mean), and the recommendations (counted, and their
 * mean on 1 = strong no … 4 = strong yes).
 */
export function summarize(criteria: Criterion[], scorecards: ScorecardView[]) {
  const counts = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
  for (const card of scorecards) counts[card.recommendation] += 1;
  return {
    count: scorecards.length,
    overall: mean(scorecards.map((card) => card.score)),
    criteria: criteria.map((criterion) => ({
      ...criterion,
      average: mean(
        scorecards.flatMap((card) => card.ratings.filter((r) => r.key === criterion.key).map((r) => r.rating)),
      ),
    })),
    recommendation: mean(scorecards.map((card) => recommendationWeight(card.recommendation))),
    recommendations: counts,
  };
}
