import { apiRoute, noContent } from "@/lib/core/api-route";
import { deleteRejectionTemplate } from "@/lib/applications/delete-rejection-template";

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteRejectionTemplate(await actor(), params.id);
  return noContent();
});
