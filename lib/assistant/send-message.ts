import type { ModelMessage } from "ai";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { asLocale } from "@/lib/core/i18n-config";
import { logger } from "@/lib/core/logger";
import { validate } from "@/lib/core/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import type { AssistantAnswer } from "./answer";
import { answerQuestion } from "./answer-question";
import { llmAnswer, llmSettings, type LlmSettings } from "./llm-answer";
import { conversationScope } from "./policy";
import { assistantMessageSchema } from "./schemas";

type Options = { now?: Date; llm?: LlmSettings | null };
/** The turns of a conversation the model sees again (the rule-based path reads each question alone). */
const HISTORY_TURNS = 10;

/**
 * One question to the assistant, from any signed-in user: answered from their own records (by the
 * model through tools when one is configured, else by the recogniser), kept in their conversation,
 * and logged for staff when it could not be answered. It never changes anything else: actions come
 * back as links to the pages that confirm them.
 */
export async function sendAssistantMessage(actor: Actor | null, input: unknown, options: Options = {}) {
  const me = requireActor(actor);
  const { conversationId, message } = await validate(assistantMessageSchema, input);
  const now = options.now ?? new Date();
  const locale = asLocale(me.locale);
  const existing = conversationId
    ? await db.assistantConversation.findFirst({
        where: { AND: [{ id: conversationId }, conversationScope(me)] },
        select: { id: true },
      })
    : null;
  if (conversationId && !existing) throw notFound("assistantConversationNotFound");

  const llm = options.llm === undefined ? llmSettings() : options.llm;
  const answer = await answer_(me, message, locale, existing?.id ?? null, llm, now);

  const id = await db.$transaction(async (tx) => {
    const conversation =
      existing ??
      (await tx.assistantConversation.create({
        data: { userId: me.userId, title: message.slice(0, 80) },
        select: { id: true },
      }));
    await tx.assistantMessage.create({ data: { conversationId: conversation.id, author: "USER", content: message } });
    await tx.assistantMessage.create({
      data: {
        conversationId: conversation.id,
        author: "ASSISTANT",
        content: answer.answer,
        intent: answer.intent,
        citations: answer.citations as Prisma.InputJsonValue,
        extras: { search: answer.search ?? null, actions: answer.actions ?? [] } as Prisma.InputJsonValue,
      },
    });
    if (existing)
      await tx.assistantConversation.update({
        where: { id: existing.id, userId: me.userId },
        data: { updatedAt: now },
      });
    if (!answer.answered)
      await tx.assistantUnanswered.create({ data: { userId: me.userId, role: me.role, locale, question: message } });
    return conversation.id;
  });
  return {
    conversationId: id,
    answer: answer.answer,
    citations: answer.citations,
    ...(answer.search ? { search: answer.search } : {}),
    ...(answer.actions?.length ? { actions: answer.actions } : {}),
  };
}

async function answer_(
  me: Actor,
  message: string,
  locale: string,
  conversationId: string | null,
  llm: LlmSettings | null,
  now: Date,
): Promise<AssistantAnswer> {
  if (!llm) return answerQuestion(me, message, locale, now);
  try {
    return await llmAnswer(me, message, locale, await history(me, conversationId), llm, now);
  } catch (error) {
    // The model being down must not take the assistant with it: the rules answer instead.
    logger.warn({ err: error }, "assistant model failed; answering with the rules");
    return answerQuestion(me, message, locale, now);
  }
}

async function history(me: Actor, conversationId: string | null): Promise<ModelMessage[]> {
  if (!conversationId) return [];
  const rows = await db.assistantMessage.findMany({
    where: { conversationId, conversation: conversationScope(me) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_TURNS,
    select: { author: true, content: true },
  });
  return rows
    .reverse()
    .map((row) => ({ role: row.author === "USER" ? "user" : "assistant", content: row.content }) as ModelMessage);
}
