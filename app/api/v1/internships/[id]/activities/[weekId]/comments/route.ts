import { apiRoute } from "@/lib/core/api-route";
import { commentActivity } from "@/lib/internships/comment-activity";

export const POST = apiRoute<{ id: string; weekId: string }>(
  async ({ actor, params, body }) => commentActivity(await actor(), params.id, params.weekId, await body()),
  { status: 201 },
);
