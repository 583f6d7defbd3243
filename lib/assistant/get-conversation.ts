import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { conversationScope } from "./policy";

type Citation = { kind: string; id: string; title: string; url: string };
type Extras = { search?: unknown; actions?: { kind: string; label: string; url: string }[] } | null;

/** One of the caller's conversations with its turns, to read again or continue; another's reads as not found. */
export async function getConversation(actor: Actor | null, conversationId: string) {
  const me = requireActor(actor);
  if (!isPlausibleId(conversationId)) throw notFound("assistantConversationNotFound");
  const row = await db.assistantConversation.findFirst({
    where: { AND: [{ id: conversationId }, conversationScope(me)] },
    select: {
      id: true,
      title: true,
      updatedAt: true,
      messages: {
        // Question and answer share a transaction, hence a time: the enum puts the question (USER) first.
        orderBy: [{ createdAt: "asc" }, { author: "asc" }],
        select: { id: true, author: true, content: true, citations: true, extras: true, createdAt: true },
      },
    },
  });
  if (!row) throw notFound("assistantConversationNotFound");
  return {
    id: row.id,
    title: row.title,
    updatedAt: row.updatedAt.toISOString(),
    messages: row.messages.map((message) => {
      const extras = message.extras as Extras;
      return {
        id: message.id,
        author: message.author === "USER" ? ("you" as const) : ("assistant" as const),
        text: message.content,
        createdAt: message.createdAt.toISOString(),
        citations: (message.citations as Citation[] | null) ?? [],
        ...(extras?.search ? { search: extras.search } : {}),
        ...(extras?.actions?.length ? { actions: extras.actions } : {}),
      };
    }),
  };
}
