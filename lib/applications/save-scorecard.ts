import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { getScorecards, type ScorecardsView } from "./get-scorecards";
import { applicationScope, requireEnterpriseMember } from "./policy";
import { mean } from "./scorecard-criteria";
import { offerCriteria } from "./scorecard-view";
import { scorecardSchema } from "./schemas";

/**
 * The caller's scorecard of an application sent to their enterprise: a rating of 1–4 for every
 * criterion of the offer, a recommendation and a comment. One per evaluator: sending again
 * replaces it (only its author writes it). Answers with every scorecard, now readable to them.
 */
export async function saveScorecard(
  actor: Actor | null,
  applicationId: string,
  input: unknown,
): Promise<ScorecardsView> {
  const me = requireEnterpriseMember(actor);
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { AND: [{ id: applicationId }, applicationScope(me)] },
      select: { offerId: true },
    });
    if (!application) throw notFound("applicationNotFound");
    const criteria = await offerCriteria(tx, application.offerId);
    const data = await validate(scorecardSchema(criteria.map((c) => c.key)), input);
    const ratings = data.ratings as Record<string, number>;
    const rated = criteria.map((c) => ({ key: c.key, label: c.label, rating: ratings[c.key]! }));
    const fields = {
      score: mean(rated.map((r) => r.rating)) ?? 0,
      criteria: rated as Prisma.InputJsonValue,
      recommendation: data.recommendation,
      comment: data.comment ?? null,
    };
    const before = await tx.applicationEvaluation.findUnique({
      where: { applicationId_evaluatorId: { applicationId, evaluatorId: me.userId } },
      select: { id: true, score: true, recommendation: true },
    });
    const saved = await tx.applicationEvaluation.upsert({
      where: { applicationId_evaluatorId: { applicationId, evaluatorId: me.userId } },
      create: { applicationId, evaluatorId: me.userId, ...fields },
      update: fields,
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: before ? "scorecard.update" : "scorecard.create",
      entity: "ApplicationEvaluation",
      entityId: saved.id,
      before: before ? { score: before.score, recommendation: before.recommendation } : undefined,
      after: { score: fields.score, recommendation: fields.recommendation },
    });
    return getScorecards(me, applicationId, tx);
  });
}
