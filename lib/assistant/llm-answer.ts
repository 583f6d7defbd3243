import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateText, stepCountIs, type ModelMessage } from "ai";
import { env } from "@/lib/core/env";
import type { Actor } from "@/lib/identity/actor";
import type { AssistantAnswer } from "./answer";
import { assistantTools, type Gathered } from "./assistant-tools";

const TIMEOUT_MS = 30_000;

export type LlmSettings = { url: string; model: string; key?: string };

/** The configured model, or null: without ASSISTANT_LLM_URL the rule-based path answers alone. */
export function llmSettings(): LlmSettings | null {
  const { ASSISTANT_LLM_URL: url, ASSISTANT_LLM_MODEL: model, ASSISTANT_LLM_KEY: key } = env();
  return url ? { url, model, key } : null;
}

const system = (me: Actor, locale: string, now: Date) =>
  [
    "You are the assistant of an internship platform.",
    `Answer in ${({ en: "English", ar: "Modern Standard Arabic" } as Record<string, string>)[locale] ?? "French"}, briefly, only from what the tools return.`,
    "The tools read the signed-in user's own records; never invent records, ids or people.",
    "If no tool answers the question, say you cannot answer it.",
    "Never perform an action (withdrawing, booking, signing): point to the page where the user confirms it.",
    `The user's role is ${me.role}. Today is ${now.toISOString().slice(0, 10)}.`,
  ].join("\n");

/**
 * The LLM path (ASSISTANT_LLM_URL set): an OpenAI-compatible model answers through tool calls to the
 * same domain functions, bound to the caller server-side. The citations, search and actions shown
 * are those the tools returned, never the model's own.
 */
export async function llmAnswer(
  me: Actor,
  text: string,
  locale: string,
  history: ModelMessage[],
  settings: LlmSettings,
  now = new Date(),
): Promise<AssistantAnswer> {
  const provider = createOpenAICompatible({ name: "assistant", baseURL: settings.url, apiKey: settings.key });
  const gathered: Gathered = { citations: [] };
  const result = await generateText({
    model: provider.chatModel(settings.model),
    system: system(me, locale, now),
    messages: [...history, { role: "user", content: text }],
    tools: assistantTools(me, locale, gathered, now),
    stopWhen: stepCountIs(4),
    maxRetries: 0,
    abortSignal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const unique = new Map(gathered.citations.map((c) => [`${c.kind}:${c.id}`, c]));
  const usedTools = result.steps.some((step) => step.toolCalls.length > 0);
  return {
    intent: "llm",
    answer: result.text.trim().slice(0, 4000),
    citations: [...unique.values()],
    ...(gathered.search ? { search: gathered.search } : {}),
    ...(gathered.actions?.length ? { actions: gathered.actions } : {}),
    answered: usedTools && result.text.trim().length > 0,
  };
}
