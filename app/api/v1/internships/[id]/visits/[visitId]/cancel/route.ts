import { apiRoute } from "@/lib/core/api-route";
import { cancelVisit } from "@/lib/internships/cancel-visit";

export const POST = apiRoute<{ id: string; visitId: string }>(async ({ actor, params }) =>
  cancelVisit(await actor(), params.id, params.visitId),
);
