"use server";
import { deleteConversation } from "@/lib/assistant/delete-conversation";
import { sendAssistantMessage } from "@/lib/assistant/send-message";
import { serverAction } from "@/lib/core/server-action";

/** The chat panel's question (the same use case as POST /api/v1/assistant/messages). */
export const askAssistant = serverAction(async (input: unknown, actor) => sendAssistantMessage(actor, input), {
  rateLimit: { name: "assistant", points: 30, seconds: 60 },
});

export const deleteAssistantConversation = serverAction(async (id: string, actor) => deleteConversation(actor, id), {
  input: "id",
});
