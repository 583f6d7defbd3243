import { apiRoute, noContent } from "@/lib/core/api-route";
import { deleteImportSource } from "@/lib/imports/delete-import-source";
import { getImportSource } from "@/lib/imports/get-import-source";
import { updateImportSource } from "@/lib/imports/update-import-source";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getImportSource(await actor(), params.id));

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateImportSource(await actor(), params.id, await body()),
);

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteImportSource(await actor(), params.id);
  return noContent();
});
