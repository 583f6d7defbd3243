import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { conversationScope } from "./policy";

/** Deletes one of the caller's conversations with its messages; another's reads as not found. */
export async function deleteConversation(actor: Actor | null, conversationId: string) {
  const me = requireActor(actor);
  const { count } = await db.assistantConversation.deleteMany({
    where: { AND: [{ id: String(conversationId) }, conversationScope(me)] },
  });
  if (count === 0) throw notFound("assistantConversationNotFound");
  return { deleted: true };
}
