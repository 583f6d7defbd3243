import { listAmendments } from "@/lib/agreements/list-amendments";
import { proposeAmendment } from "@/lib/agreements/propose-amendment";
import { apiRoute } from "@/lib/core/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listAmendments(await actor(), params.id));

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => proposeAmendment(await actor(), params.id, await body()),
  { status: 201 },
);
