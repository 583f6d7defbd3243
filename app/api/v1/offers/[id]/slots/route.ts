import { apiRoute } from "@/lib/core/api-route";
import { listOfferSlots } from "@/lib/applications/list-offer-slots";
import { publishInterviewSlot } from "@/lib/applications/publish-interview-slot";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listOfferSlots(await actor(), params.id));

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => publishInterviewSlot(await actor(), params.id, await body()),
  { status: 201 },
);
