import { apiRoute } from "@/lib/core/api-route";
import { sendEvaluationLink } from "@/lib/internships/send-evaluation-link";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => sendEvaluationLink(await actor(), params.id, await body()),
  { status: 202, rateLimit: { points: 20, seconds: 3600 } },
);
