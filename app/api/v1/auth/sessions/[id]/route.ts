import { apiRoute, noContent } from "@/lib/core/api-route";
import { endSession } from "@/lib/identity/end-session";

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await endSession(await actor(), params.id);
  return noContent();
});
