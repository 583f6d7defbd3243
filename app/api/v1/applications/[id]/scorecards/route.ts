import { apiRoute } from "@/lib/core/api-route";
import { getScorecards } from "@/lib/applications/get-scorecards";
import { saveScorecard } from "@/lib/applications/save-scorecard";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getScorecards(await actor(), params.id));

/** The caller's own scorecard: created the first time, replaced after. */
export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  saveScorecard(await actor(), params.id, await body()),
);
