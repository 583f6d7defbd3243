import { apiRoute } from "@/lib/core/api-route";
import { saveActivity } from "@/lib/internships/save-activity";

/** 201 for a new week's entry, 200 when the week's entry was rewritten. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params, body }) => {
  const { created, ...week } = await saveActivity(await actor(), params.id, await body());
  return Response.json(week, { status: created ? 201 : 200 });
});
