import { apiRoute, noContent } from "@/lib/core/api-route";
import { deleteDocument } from "@/lib/documents/delete-document";
import { getDocument } from "@/lib/documents/get-document";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getDocument(await actor(), params.id));

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteDocument(await actor(), params.id);
  return noContent();
});
