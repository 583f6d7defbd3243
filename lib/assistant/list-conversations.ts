import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { conversationScope } from "./policy";

/** How many past conversations the panel offers to reopen, the latest first. */
export const CONVERSATIONS_LISTED = 30;

/** The caller's own past conversations, the most recently continued first. */
export async function listConversations(actor: Actor | null) {
  const me = requireActor(actor);
  const rows = await db.assistantConversation.findMany({
    where: conversationScope(me),
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: CONVERSATIONS_LISTED,
    select: { id: true, title: true, updatedAt: true, _count: { select: { messages: true } } },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      updatedAt: row.updatedAt.toISOString(),
      messages: row._count.messages,
    })),
    nextCursor: null,
  };
}
