import { describe, expect, it, vi } from "vitest";
import { DELETE, GET as readConversation } from "@/app/api/v1/assistant/conversations/[id]/route";
import { GET as listConversations } from "@/app/api/v1/assistant/conversations/route";
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

describe("GET /api/v1/assistant/conversations", () => {
  it("lists only the caller's conversations, the latest continued first, and reads one back in order", async () => {
    const w = await world();
    const older = await sendAssistantMessage(
      w.alice.actor,
      { message: "Quelles sont mes candidatures ?" },
      { llm: null },
    );
    const newer = await sendAssistantMessage(w.alice.actor, { message: "où en est ma convention ?" }, { llm: null });
    await sendAssistantMessage(w.bruno.actor, { message: "mes candidatures" }, { llm: null });
    await sendAssistantMessage(
      w.alice.actor,
      { conversationId: older.conversationId, message: "et mes entretiens ?" },
      { llm: null, now: new Date(Date.now() + 60_000) },
    );
    const before = await counts();

    const listed = await callRoute(listConversations, { path: "/assistant/conversations", headers: w.alice.headers });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: older.conversationId, title: "Quelles sont mes candidatures ?", messages: 4 }),
      expect.objectContaining({ id: newer.conversationId, messages: 2 }),
    ]);

    const path = `/assistant/conversations/${older.conversationId}`;
    const read = await callRoute(readConversation, {
      path,
      headers: w.alice.headers,
      params: { id: older.conversationId },
    });
    expect(read.status).toBe(200);
    expect(read.body.messages.map((m: { author: string }) => m.author)).toEqual([
      "you",
      "assistant",
      "you",
      "assistant",
    ]);
    expect(read.body.messages[0].text).toBe("Quelles sont mes candidatures ?");
    expect(read.body.messages[1].citations).toEqual([
      expect.objectContaining({ kind: "application", id: w.aliceApplication }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("reads another's conversation, a malformed id or a huge one as not found, and refuses anonymous callers", async () => {
    const w = await world();
    const { conversationId } = await sendAssistantMessage(w.alice.actor, { message: "bonjour" }, { llm: null });
    for (const id of [conversationId, "x".repeat(5000), "%00"]) {
      const response = await callRoute(readConversation, {
        path: `/assistant/conversations/${encodeURIComponent(id)}`,
        headers: w.bruno.headers,
        params: { id },
      });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const anonymous = await callRoute(listConversations, { path: "/assistant/conversations" });
    expect(anonymous.status).toBe(401);
    const bruno = await callRoute(listConversations, { path: "/assistant/conversations", headers: w.bruno.headers });
    expect(bruno.body.items).toEqual([]);
  });
});
