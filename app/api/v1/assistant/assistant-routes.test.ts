import { describe, expect, it, vi } from "vitest";
import { DELETE } from "@/app/api/v1/assistant/conversations/[id]/route";
import { POST } from "@/app/api/v1/assistant/messages/route";
import { sendAssistantMessage } from "@/lib/assistant/send-message";
import { db } from "@/lib/core/db";
import { world } from "@/tests/helpers/assistant";
import { callRoute } from "@/tests/helpers/call-route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const counts = async () => ({
  conversations: await db.assistantConversation.count(),
  messages: await db.assistantMessage.count(),
  unanswered: await db.assistantUnanswered.count(),
});

describe("POST /api/v1/assistant/messages", () => {
  it("answers a student from their own applications only, citing them, and keeps the conversation", async () => {
    const w = await world();
    const first = await callRoute(POST, {
      headers: w.alice.headers,
      body: { message: "Quelles sont mes candidatures encore ouvertes ?" },
    });
    expect(first.status).toBe(200);
    expect(first.body.citations).toEqual([
      {
        kind: "application",
        id: w.aliceApplication,
        title: "Stage Data Analyst",
        url: `/student/applications/${w.aliceApplication}`,
      },
    ]);
    expect(first.body.answer).toContain("Stage Data Analyst");
    expect(first.body.answer).not.toContain("Bruno");
    // Withdrawing is proposed as a link to the application's page, never done.
    expect(first.body.actions[0]).toMatchObject({
      kind: "withdrawApplication",
      url: `/student/applications/${w.aliceApplication}`,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: w.aliceApplication } })).toMatchObject({
      status: "SUBMITTED",
    });

    const second = await callRoute(POST, {
      headers: w.alice.headers,
      body: { conversationId: first.body.conversationId, message: "où en est ma convention ?" },
    });
    expect(second.body.conversationId).toBe(first.body.conversationId);
    const messages = await db.assistantMessage.findMany({
      where: { conversationId: first.body.conversationId },
      orderBy: { createdAt: "asc" },
    });
    expect(messages.map((m) => m.author)).toEqual(["USER", "ASSISTANT", "USER", "ASSISTANT"]);
  });
});

describe("POST /api/v1/assistant/messages refusals", () => {
  it("refuses anonymous callers, missing and over-long messages, and another's conversation, writing nothing", async () => {
    const w = await world();
    const { conversationId } = await sendAssistantMessage(w.alice.actor, { message: "bonjour" }, { llm: null });
    const before = await counts();
    const anonymous = await callRoute(POST, { body: { message: "bonjour" } });
    expect(anonymous.status).toBe(401);
    const empty = await callRoute(POST, { headers: w.alice.headers, body: { message: "  " } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: "message", code: "required" })]);
    const long = await callRoute(POST, { headers: w.alice.headers, body: { message: "a".repeat(501) } });
    expect(long.status).toBe(400);
    expect(long.headers.get("content-type")).toContain("application/problem+json");
    expect(long.body.errors).toEqual([
      expect.objectContaining({ field: "message", code: "tooLong", message: expect.stringContaining("500") }),
    ]);
    const wrongType = await callRoute(POST, { headers: w.alice.headers, body: { message: ["bonjour"] } });
    expect(wrongType.status).toBe(400);
    const stolen = await callRoute(POST, { headers: w.bruno.headers, body: { conversationId, message: "bonjour" } });
    expect(stolen.status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("deletes one's own conversation with its messages; another's reads as not found", async () => {
    const w = await world();
    const { conversationId } = await sendAssistantMessage(w.alice.actor, { message: "bonjour" }, { llm: null });
    const path = `/assistant/conversations/${conversationId}`;
    const stolen = await callRoute(DELETE, {
      method: "DELETE",
      path,
      headers: w.bruno.headers,
      params: { id: conversationId },
    });
    expect(stolen.status).toBe(404);
    expect(await db.assistantMessage.count({ where: { conversationId } })).toBe(2);
    const own = await callRoute(DELETE, {
      method: "DELETE",
      path,
      headers: w.alice.headers,
      params: { id: conversationId },
    });
    expect(own).toMatchObject({ status: 200, body: { deleted: true } });
    expect(await db.assistantMessage.count({ where: { conversationId } })).toBe(0);
  });
});
