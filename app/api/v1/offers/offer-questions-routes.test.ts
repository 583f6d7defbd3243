import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { enterpriseWithOffer } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { POST as duplicate } from "./[id]/duplicate/route";
import { GET as read, PUT as update } from "./[id]/route";
import { POST as create } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const offer = (questions?: unknown) => ({
  title: "Stage développeur·se TypeScript",
  description: "Vous rejoignez l'équipe produit pour construire des outils internes utilisés chaque jour.",
  skills: ["TypeScript"],
  field: "Software engineering",
  city: "Lyon",
  country: "FR",
  remoteMode: "HYBRID",
  durationWeeks: 24,
  languages: ["fr"],
  ...(questions !== undefined && { questions }),
});
const licence = { kind: "YES_NO", label: "Avez-vous le permis B ?", required: true };
const start = { kind: "CHOICE", label: "Quand pouvez-vous commencer ?", options: ["Janvier", "Février"] };
const project = { kind: "TEXT", label: "Un projet dont vous êtes fier·e ?" };

type Question = { id: string; kind: string; label: string; required: boolean; options: string[] };

describe("screening questions on an offer", () => {
  it("creates, reorders and edits the questions in place, keeps them when left out, and copies them", async () => {
    const { headers } = await enterpriseWithOffer();
    const created = await callRoute(create, { body: offer([licence, start, project]), headers });
    expect(created.status).toBe(201);
    const questions = created.body.questions as Question[];
    expect(questions).toEqual([
      { id: expect.any(String), ...licence, options: [] },
      { id: expect.any(String), ...start, required: false },
      { id: expect.any(String), ...project, required: false, options: [] },
    ]);
    const id = created.body.id as string;

    // Reordered, one edited, one removed, one added: the kept ones keep their ids.
    const [l, s] = questions;
    const edited = await callRoute(update, {
      method: "PUT",
      params: { id },
      headers,
      body: offer([{ ...s, options: ["Mars", "Avril", "Mai"] }, l, { kind: "TEXT", label: "Votre disponibilité ?" }]),
    });
    expect(edited.status).toBe(200);
    expect(edited.body.questions).toEqual([
      { ...s, options: ["Mars", "Avril", "Mai"] },
      l,
      { id: expect.any(String), kind: "TEXT", label: "Votre disponibilité ?", required: false, options: [] },
    ]);
    expect(await db.offerQuestion.count({ where: { offerId: id } })).toBe(3);

    // An API client that leaves `questions` out keeps them.
    const kept = await callRoute(update, { method: "PUT", params: { id }, headers, body: offer() });
    expect(kept.body.questions).toEqual(edited.body.questions);
    expect((await callRoute(read, { method: "GET", params: { id }, headers })).body.questions).toEqual(
      edited.body.questions,
    );

    const copy = await callRoute(duplicate, { params: { id }, headers });
    expect(copy.status).toBe(201);
    expect(copy.body.questions.map(({ id: _, ...q }: Question) => q)).toEqual(
      edited.body.questions.map(({ id: _, ...q }: Question) => q),
    );
    expect(copy.body.questions[0].id).not.toBe(edited.body.questions[0].id);

    // An empty list removes them all.
    const cleared = await callRoute(update, { method: "PUT", params: { id }, headers, body: offer([]) });
    expect(cleared.body.questions).toEqual([]);
  });
});

describe("bad questions change nothing", () => {
  it.each([
    ["more than 5 questions", Array.from({ length: 6 }, () => project), "questions"],
    ["questions that are not a list", "Avez-vous le permis ?", "questions"],
    ["a question that is not an object", [42], "questions.0"],
    ["an unknown kind", [{ ...project, kind: "ESSAY" }], "questions.0.kind"],
    ["a question without text", [{ ...project, label: "  " }], "questions.0.label"],
    ["a question too long", [{ ...project, label: "x".repeat(301) }], "questions.0.label"],
    ["a choice with one option", [{ ...start, options: ["Janvier"] }], "questions.0.options"],
    [
      "a choice with 11 options",
      [{ ...start, options: Array.from({ length: 11 }, (_, i) => `O${i}`) }],
      "questions.0.options",
    ],
    ["a choice with the same option twice", [{ ...start, options: ["Mars", "mars"] }], "questions.0.options"],
    ["an empty option", [{ ...start, options: ["Mars", ""] }], "questions.0.options.1"],
    ["a required flag that is not a boolean", [{ ...project, required: "maybe" }], "questions.0.required"],
    ["an id the offer does not have", [{ ...project, id: "not-a-question" }], "questions.0.id"],
  ])("PUT with %s → 400 and the questions unchanged", async (_name, questions, field) => {
    const { headers, offerId } = await enterpriseWithOffer();
    const asked = await callRoute(update, { method: "PUT", params: { id: offerId }, headers, body: offer([licence]) });
    expect(asked.status).toBe(200);
    const before = await db.offerQuestion.findMany({ orderBy: { id: "asc" } });
    const response = await callRoute(update, {
      method: "PUT",
      params: { id: offerId },
      headers,
      body: offer(questions),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await db.offerQuestion.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("refuses the id of another offer's question, on create and on edit", async () => {
    const mine = await enterpriseWithOffer();
    const other = await enterpriseWithOffer();
    const theirs = await db.offerQuestion.create({
      data: { offerId: other.offerId, position: 0, kind: "TEXT", label: "Une question à eux ?" },
    });
    const before = await db.offerQuestion.findMany({ orderBy: { id: "asc" } });
    const stolen = [{ ...project, id: theirs.id }];
    const edit = await callRoute(update, {
      method: "PUT",
      params: { id: mine.offerId },
      headers: mine.headers,
      body: offer(stolen),
    });
    const made = await callRoute(create, { body: offer(stolen), headers: mine.headers });
    for (const response of [edit, made]) {
      expect(response.status).toBe(400);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field: "questions.0.id" }));
    }
    expect(await db.offerQuestion.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
