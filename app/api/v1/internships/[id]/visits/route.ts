import { apiRoute } from "@/lib/core/api-route";
import { listVisits } from "@/lib/internships/list-visits";
import { proposeVisit } from "@/lib/internships/propose-visit";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listVisits(await actor(), params.id));

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => proposeVisit(await actor(), params.id, await body()),
  { status: 201 },
);
