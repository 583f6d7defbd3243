import { deleteConversation } from "@/lib/assistant/delete-conversation";
import { getConversation } from "@/lib/assistant/get-conversation";
import { apiRoute } from "@/lib/core/api-route";

/** One of the caller's assistant conversations with its turns. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getConversation(await actor(), params.id));

/** Deletes one of the caller's assistant conversations. */
export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) =>
  deleteConversation(await actor(), params.id),
);
