import { apiRoute } from "@/lib/core/api-route";
import { pickVisitSlot } from "@/lib/internships/pick-visit-slot";

export const POST = apiRoute<{ id: string; visitId: string }>(async ({ actor, params, body }) =>
  pickVisitSlot(await actor(), params.id, params.visitId, await body()),
);
