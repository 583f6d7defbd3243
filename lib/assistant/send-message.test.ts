import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { world } from "@/tests/helpers/assistant";
import { createInternship, internshipSides } from "@/tests/helpers/internships";
import { sendAssistantMessage } from "./send-message";

describe("the assistant without a model", () => {
  it("gives nothing of another user's application, even named by its id", async () => {
    const w = await world();
    const asked = await sendAssistantMessage(
      w.alice.actor,
      { message: `Où en est la candidature ${w.brunoApplication} ?` },
      { llm: null },
    );
    expect(JSON.stringify(asked)).not.toContain(w.brunoApplication);
    expect(JSON.stringify(asked)).not.toContain("Bruno");
    expect(asked.citations.map((c) => c.id)).toEqual([w.aliceApplication]);
  });

  it("tells an enterprise who applied this week to its own offers, not to another's", async () => {
    const w = await world();
    const answer = await sendAssistantMessage(
      w.mine.actor,
      { message: "Qui a postulé cette semaine à l'offre data ?" },
      { llm: null },
    );
    expect(answer.citations.map((c) => c.id)).toEqual([w.aliceApplication]);
    expect(answer.citations[0]!.url).toBe(`/enterprise/applications/${w.aliceApplication}`);
    const other = await sendAssistantMessage(w.theirs.actor, { message: "who applied this week?" }, { llm: null });
    expect(other.citations.map((c) => c.id)).toEqual([w.brunoApplication]);
  });

  it("turns a described internship into an offer search shown as facets, with the offers found", async () => {
    const w = await world();
    await db.offer.update({ where: { id: w.mine.offerId }, data: { field: "Data science", remoteMode: "HYBRID" } });
    const answer = await sendAssistantMessage(
      w.alice.actor,
      { message: "un stage data à Lyon en hybride" },
      { llm: null },
    );
    expect(answer.search).toMatchObject({
      q: "",
      facets: { city: ["Lyon"], remote: ["HYBRID"], field: ["Data science"] },
    });
    expect(answer.citations).toContainEqual(expect.objectContaining({ kind: "offer", id: w.mine.offerId }));
    expect(answer.actions).toEqual([
      expect.objectContaining({ kind: "openSearch", url: "/offers?city=Lyon&remote=HYBRID&field=Data+science" }),
    ]);
  });

  it("logs the questions it could not answer for staff, and only those", async () => {
    const w = await world();
    await sendAssistantMessage(w.alice.actor, { message: "Quelle est la météo demain ?" }, { llm: null });
    await sendAssistantMessage(w.alice.actor, { message: "Quand est mon prochain entretien ?" }, { llm: null });
    const logged = await db.assistantUnanswered.findMany({ where: { userId: w.alice.user.id } });
    expect(logged.map((q) => [q.question, q.role])).toEqual([["Quelle est la météo demain ?", "STUDENT"]]);
  });
});

/**
 * Two supervisors of one university, each following one intern in progress whose logbook lacks
 * weeks and who has no visit yet: everything either supervisor could be told about.
 */
async function supervisedWorld() {
  const sides = await internshipSides();
  const ours = await createInternship(sides);
  const theirs = await createInternship(sides);
  const names = await db.user.findMany({
    where: { id: { in: [ours.student.user.id, theirs.student.user.id] } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string) => names.find((u) => u.id === id)!.name;
  const theirApplication = (await db.agreement.findUniqueOrThrow({ where: { id: theirs.agreementId } })).applicationId!;
  return {
    ours: { ...ours, name: nameOf(ours.student.user.id) },
    theirs: { ...theirs, name: nameOf(theirs.student.user.id), applicationId: theirApplication },
  };
}

/** Every id and name of another's records that must not show in an answer. */
const leaks = (answer: unknown, secrets: string[]) => secrets.filter((s) => JSON.stringify(answer).includes(s));

describe("the assistant without a model, across enterprises and supervisors", () => {
  it("gives an enterprise nothing of another enterprise's applicant or offer, even named", async () => {
    const w = await world();
    const secrets = [w.brunoApplication, w.bruno.user.name, "Stage confidentiel de Bruno"];
    for (const message of [
      `Où en est la candidature ${w.brunoApplication} de ${w.bruno.user.name} ?`,
      `Qui a postulé cette semaine à l'offre Stage confidentiel de Bruno ?`,
      `candidatures en attente de ${w.bruno.user.name}`,
      `who applied this week, including ${w.bruno.user.name}?`,
    ]) {
      const answer = await sendAssistantMessage(w.mine.actor, { message }, { llm: null });
      expect({ message, leaks: leaks(answer, secrets) }).toEqual({ message, leaks: [] });
      expect(answer.citations.every((c) => c.id === w.aliceApplication)).toBe(true);
    }
    // The other enterprise, asked the same, is told of its own applicant: the data is there to leak.
    const theirs = await sendAssistantMessage(w.theirs.actor, { message: "candidatures en attente" }, { llm: null });
    expect(theirs.citations.map((c) => c.id)).toEqual([w.brunoApplication]);
  });

  it("gives a supervisor nothing of another supervisor's intern, even named", async () => {
    const w = await supervisedWorld();
    const secrets = [w.theirs.internshipId, w.theirs.name, w.theirs.applicationId];
    for (const message of [
      `Est-ce que ${w.theirs.name} a rempli son journal de bord ?`,
      `which of my interns have not filled their logbook, and ${w.theirs.name}?`,
      `Quelles visites dois-je planifier chez ${w.theirs.name} ?`,
    ]) {
      const answer = await sendAssistantMessage(w.ours.supervisor.actor, { message }, { llm: null });
      expect({ message, leaks: leaks(answer, secrets) }).toEqual({ message, leaks: [] });
      expect(answer.citations.map((c) => c.id)).toEqual([w.ours.internshipId]);
      expect(answer.answer).toContain(w.ours.name);
    }
    const theirs = await sendAssistantMessage(
      w.theirs.supervisor.actor,
      { message: "Which of my interns have not filled their logbook?" },
      { llm: null },
    );
    expect(theirs.citations.map((c) => c.id)).toEqual([w.theirs.internshipId]);
  });
});

/**
 * A stand-in for an OpenAI-compatible model: it first asks for tools on ids it should not reach
 * (another student's application) and the caller's own list, then answers with everything the
 * tools returned, so that any leak would show in the answer.
 */
let server: Server;
let url = "";
let plan: { name: string; arguments: Record<string, unknown> }[] = [];
const requests: { tools: string[] }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      const body = JSON.parse(raw) as {
        messages: { role: string; content: unknown }[];
        tools?: { function: { name: string } }[];
      };
      requests.push({ tools: (body.tools ?? []).map((t) => t.function.name) });
      const toolResults = body.messages.filter((m) => m.role === "tool").map((m) => String(m.content));
      const message =
        toolResults.length > 0
          ? { role: "assistant", content: `Voici : ${toolResults.join(" | ")}` }
          : {
              role: "assistant",
              content: null,
              tool_calls: plan.map((call, i) => ({
                id: `call_${i}`,
                type: "function",
                function: { name: call.name, arguments: JSON.stringify(call.arguments) },
              })),
            };
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({
          id: "chatcmpl-stub",
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: "stub",
          choices: [{ index: 0, message, finish_reason: toolResults.length ? "stop" : "tool_calls" }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the assistant with a model (a local stub)", () => {
  it("answers through tools bound to the caller: another user's application comes back as not found", async () => {
    const w = await world();
    plan = [
      { name: "applicationDetails", arguments: { applicationId: w.brunoApplication } },
      { name: "openApplications", arguments: {} },
    ];
    const answer = await sendAssistantMessage(
      w.alice.actor,
      { message: "Montre-moi la candidature de Bruno" },
      { llm: { url, model: "stub" } },
    );
    expect(answer.answer).toContain("not found");
    expect(answer.answer).toContain("Stage Data Analyst");
    expect(JSON.stringify(answer)).not.toContain("Bruno ");
    expect(JSON.stringify(answer)).not.toContain(w.brunoApplication);
    expect(answer.citations.map((c) => c.id)).toEqual([w.aliceApplication]);
    // A student is offered the student's tools, none that take a user id.
    expect(requests.at(-1)!.tools).not.toContain("recentApplicants");
    expect(requests.at(-1)!.tools).toContain("openApplications");
    const stored = await db.assistantMessage.findFirstOrThrow({
      where: { conversationId: answer.conversationId, author: "ASSISTANT" },
    });
    expect(stored.intent).toBe("llm");
  });

  it("falls back to the rules when the model cannot be reached", async () => {
    const w = await world();
    const answer = await sendAssistantMessage(
      w.alice.actor,
      { message: "Quelles sont mes candidatures encore ouvertes ?" },
      { llm: { url: "http://127.0.0.1:9/v1", model: "stub" } },
    );
    expect(answer.citations.map((c) => c.id)).toEqual([w.aliceApplication]);
  });
});

describe("the model (a local stub) asked by an enterprise or a supervisor about another's records", () => {
  it("gets an enterprise nothing of another enterprise's applicant or offer through the tools", async () => {
    const w = await world();
    plan = [
      { name: "applicationDetails", arguments: { applicationId: w.brunoApplication } },
      { name: "recentApplicants", arguments: { period: "this week", offerTitle: "Stage confidentiel de Bruno" } },
      { name: "pendingApplications", arguments: { offerTitle: "confidentiel" } },
      { name: "pendingApplications", arguments: {} },
    ];
    const answer = await sendAssistantMessage(
      w.mine.actor,
      { message: `Montre-moi la candidature de ${w.bruno.user.name} à l'offre Stage confidentiel de Bruno` },
      { llm: { url, model: "stub" } },
    );
    expect(answer.answer).toContain("not found");
    expect(answer.answer).toContain(w.alice.user.name);
    expect(leaks(answer, [w.brunoApplication, w.bruno.user.name, "Stage confidentiel de Bruno"])).toEqual([]);
    expect(answer.citations.map((c) => c.id)).toEqual([w.aliceApplication]);
    // An enterprise is offered the enterprise's tools only.
    expect(requests.at(-1)!.tools).toContain("recentApplicants");
    expect(requests.at(-1)!.tools).not.toContain("openApplications");
    expect(requests.at(-1)!.tools).not.toContain("missingLogbooks");
  });

  it("gets a supervisor nothing of another supervisor's intern through the tools", async () => {
    const w = await supervisedWorld();
    plan = [
      { name: "applicationDetails", arguments: { applicationId: w.theirs.applicationId } },
      { name: "missingLogbooks", arguments: {} },
      { name: "visitsToPlan", arguments: { period: "next week" } },
    ];
    const answer = await sendAssistantMessage(
      w.ours.supervisor.actor,
      { message: `Le journal de bord de ${w.theirs.name} est-il à jour ?` },
      { llm: { url, model: "stub" } },
    );
    expect(answer.answer).toContain("not found");
    expect(answer.answer).toContain(w.ours.name);
    expect(leaks(answer, [w.theirs.internshipId, w.theirs.name, w.theirs.applicationId])).toEqual([]);
    expect(answer.citations.map((c) => c.id)).toEqual([w.ours.internshipId]);
    expect(requests.at(-1)!.tools).toContain("missingLogbooks");
    expect(requests.at(-1)!.tools).not.toContain("recentApplicants");
    expect(requests.at(-1)!.tools).not.toContain("openApplications");
  });
});
