import { apiRoute } from "@/lib/core/api-route";
import { recordInterviewOutcome } from "@/lib/applications/record-interview-outcome";

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  recordInterviewOutcome(await actor(), params.id, await body()),
);
