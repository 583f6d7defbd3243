import { apiRoute, noContent } from "@/lib/core/api-route";
import { deleteInterviewSlot } from "@/lib/applications/delete-interview-slot";

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteInterviewSlot(await actor(), params.id);
  return noContent();
});
