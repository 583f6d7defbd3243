import { apiRoute } from "@/lib/core/api-route";
import { decideFinalReport } from "@/lib/internships/decide-final-report";

export const POST = apiRoute<{ id: string; documentId: string }>(async ({ actor, params, body }) =>
  decideFinalReport(await actor(), params.id, params.documentId, await body()),
);
