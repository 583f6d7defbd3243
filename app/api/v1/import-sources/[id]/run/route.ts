import { apiRoute } from "@/lib/core/api-route";
import { requestImportRun } from "@/lib/imports/request-import-run";

/** 202: the run is queued; its report is at GET /import-runs/{runId}. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => requestImportRun(await actor(), params.id), {
  status: 202,
});
