import { apiRoute } from "@/lib/core/api-route";
import { bookInterviewSlot } from "@/lib/applications/book-interview-slot";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => bookInterviewSlot(await actor(), params.id, await body()),
  { status: 201 },
);
