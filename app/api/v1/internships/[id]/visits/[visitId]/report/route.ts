import { apiRoute } from "@/lib/core/api-route";
import { reportVisit } from "@/lib/internships/report-visit";

export const POST = apiRoute<{ id: string; visitId: string }>(async ({ actor, params, body }) =>
  reportVisit(await actor(), params.id, params.visitId, await body()),
);
