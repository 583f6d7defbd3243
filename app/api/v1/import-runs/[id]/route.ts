import { apiRoute } from "@/lib/core/api-route";
import { getImportRun } from "@/lib/imports/get-import-run";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getImportRun(await actor(), params.id));
