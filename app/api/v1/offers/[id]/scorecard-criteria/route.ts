import { apiRoute } from "@/lib/core/api-route";
import { getScorecardCriteria, setScorecardCriteria } from "@/lib/applications/scorecard-criteria-of-offer";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  getScorecardCriteria(await actor(), params.id),
);

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  setScorecardCriteria(await actor(), params.id, await body()),
);
