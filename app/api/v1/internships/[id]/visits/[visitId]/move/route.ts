import { apiRoute } from "@/lib/core/api-route";
import { moveVisit } from "@/lib/internships/move-visit";

export const POST = apiRoute<{ id: string; visitId: string }>(async ({ actor, params, body }) =>
  moveVisit(await actor(), params.id, params.visitId, await body()),
);
