import { apiRoute } from "@/lib/core/api-route";
import { getApplication } from "@/lib/applications/get-application";
import { updateApplicationDraft } from "@/lib/applications/update-application-draft";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getApplication(await actor(), params.id));

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) => {
  const me = await actor();
  await updateApplicationDraft(me, params.id, await body());
  return getApplication(me, params.id);
});
