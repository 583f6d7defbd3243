import { apiRoute } from "@/lib/core/api-route";
import { deleteConversation } from "@/lib/assistant/delete-conversation";

/** Deletes one of the caller's assistant conversations. */
export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) =>
  deleteConversation(await actor(), params.id),
);
