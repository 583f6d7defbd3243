import { apiRoute } from "@/lib/core/api-route";
import { createRejectionTemplate } from "@/lib/applications/create-rejection-template";
import { listRejectionTemplates } from "@/lib/applications/list-rejection-templates";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  listRejectionTemplates(await actor(), params.id),
);

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => createRejectionTemplate(await actor(), params.id, await body()),
  { status: 201 },
);
