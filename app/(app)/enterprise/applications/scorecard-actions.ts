"use server";
import { saveScorecard } from "@/lib/applications/save-scorecard";
import { setScorecardCriteria } from "@/lib/applications/scorecard-criteria-of-offer";
import { serverAction } from "@/lib/core/server-action";

const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};

/** The caller's scorecard of an application (created, or replaced). */
export const saveMyScorecard = serverAction(async (input: { applicationId: string; scorecard: unknown }, actor) => {
  const { applicationId, scorecard } = fieldsOf(input);
  const view = await saveScorecard(actor, String(applicationId ?? ""), scorecard ?? {});
  return { applicationId: view.applicationId };
});

/** The criteria an offer's evaluators rate (an empty list: the default set). */
export const saveCriteria = serverAction(async (input: { offerId: string; criteria: unknown }, actor) => {
  const { offerId, criteria } = fieldsOf(input);
  const view = await setScorecardCriteria(actor, String(offerId ?? ""), { criteria });
  return { custom: view.custom };
});
