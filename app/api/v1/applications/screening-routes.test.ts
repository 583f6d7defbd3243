import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { offerFormValues } from "@/components/offers/offer-form-values";
import { getOffer, type OfferDetail } from "@/lib/offers/get-offer";
import { updateOffer } from "@/lib/offers/update-offer";
import { applicationCounts, enterpriseWithOffer, studentWithCv } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { GET as read, PUT as save } from "./[id]/route";
import { PATCH as move } from "./[id]/status/route";
import { POST as create } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Headers = Record<string, string>;
const apply = (headers: Headers, body: unknown) => callRoute(create, { body, headers });
const put = (headers: Headers, id: string, body: unknown) =>
  callRoute(save, { method: "PUT", params: { id }, body, headers });
const send = (headers: Headers, id: string) =>
  callRoute(move, { method: "PATCH", params: { id }, body: { status: "SUBMITTED" }, headers });
const get = (headers: Headers, id: string) => callRoute(read, { method: "GET", params: { id }, headers });

/** An open offer asking three questions: a required yes/no, an optional text, a required choice. */
async function offerWithQuestions() {
  const enterprise = await enterpriseWithOffer();
  const [licence, motivation, start] = await Promise.all([
    db.offerQuestion.create({
      data: {
        offerId: enterprise.offerId,
        position: 0,
        kind: "YES_NO",
        label: "Avez-vous le permis B ?",
        required: true,
      },
    }),
    db.offerQuestion.create({
      data: { offerId: enterprise.offerId, position: 1, kind: "TEXT", label: "Un projet dont vous êtes fier·e ?" },
    }),
    db.offerQuestion.create({
      data: {
        offerId: enterprise.offerId,
        position: 2,
        kind: "CHOICE",
        label: "Quand pouvez-vous commencer ?",
        required: true,
        options: ["Janvier", "Février", "Mars"],
      },
    }),
  ]);
  return { ...enterprise, q: { licence: licence.id, motivation: motivation.id, start: start.id } };
}

/** The enterprise edits the offer's questions through the offers' own use case, as the offer form does. */
async function editQuestions(
  actor: Actor,
  offerId: string,
  questions: (current: OfferDetail["questions"]) => unknown[],
) {
  const offer = await getOffer(actor, offerId);
  // What the offer form sends: the offer as stored, with its questions edited.
  const values = { ...offerFormValues(offer), skills: ["TypeScript"], questions: questions(offer.questions) };
  await updateOffer(actor, offerId, values);
}

const answersOf = (applicationId: string) =>
  db.applicationAnswer.findMany({
    where: { applicationId },
    orderBy: { position: "asc" },
    select: { questionId: true, questionLabel: true, value: true },
  });

describe("answering screening questions", () => {
  it("saves answers with the draft as the student types, and sends them with the question as asked", async () => {
    const { offerId, q, headers: enterprise } = await offerWithQuestions();
    const me = await studentWithCv();
    const draft = await apply(me.headers, {
      offerId,
      coverLetter: "Bonjour",
      answers: [{ questionId: q.licence, value: true }],
    });
    expect(draft.status).toBe(201);
    expect(draft.body.answers).toEqual([
      { questionId: q.licence, question: "Avez-vous le permis B ?", kind: "YES_NO", value: "yes" },
    ]);

    // Only the answers sent change; null clears one.
    const saved = await put(me.headers, draft.body.id, {
      answers: [
        { questionId: q.start, value: "Février" },
        { questionId: q.motivation, value: "  Une appli de covoiturage  " },
      ],
    });
    expect(saved.status).toBe(200);
    expect(await answersOf(draft.body.id)).toEqual([
      { questionId: q.licence, questionLabel: "Avez-vous le permis B ?", value: "yes" },
      {
        questionId: q.motivation,
        questionLabel: "Un projet dont vous êtes fier·e ?",
        value: "Une appli de covoiturage",
      },
      { questionId: q.start, questionLabel: "Quand pouvez-vous commencer ?", value: "Février" },
    ]);
    expect(
      (await put(me.headers, draft.body.id, { answers: [{ questionId: q.motivation, value: null }] })).status,
    ).toBe(200);

    const sent = await send(me.headers, draft.body.id);
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe("SUBMITTED");
    // The optional question left blank is recorded as asked, unanswered.
    expect(sent.body.answers).toEqual([
      { questionId: q.licence, question: "Avez-vous le permis B ?", kind: "YES_NO", value: "yes" },
      { questionId: q.motivation, question: "Un projet dont vous êtes fier·e ?", kind: "TEXT", value: null },
      { questionId: q.start, question: "Quand pouvez-vous commencer ?", kind: "CHOICE", value: "Février" },
    ]);
    // The enterprise reads them on the applicant's page.
    const seen = await get(enterprise, draft.body.id);
    expect(seen.status).toBe(200);
    expect(seen.body.answers).toEqual(sent.body.answers);
  });

  it("refuses to send without a required answer, naming the question, and changes nothing", async () => {
    const { offerId, q } = await offerWithQuestions();
    const me = await studentWithCv();
    const other = await studentWithCv();
    const draft = await apply(me.headers, {
      offerId,
      coverLetter: "Bonjour",
      answers: [{ questionId: q.licence, value: "no" }],
    });
    const before = await applicationCounts();
    const response = await send(me.headers, draft.body.id);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.title).toBe(
      "Some answers to the screening questions are missing or do not fit: see the questions marked.",
    );
    expect(response.body.errors).toEqual([
      {
        field: `answers.${q.start}`,
        code: "answerRequired",
        message: "Answer this question: the enterprise requires it.",
      },
    ]);
    expect(await applicationCounts()).toEqual(before);
    expect(await db.application.findUniqueOrThrow({ where: { id: draft.body.id } })).toMatchObject({
      status: "DRAFT",
      submittedAt: null,
    });

    // Sent at once, the same: no application at all.
    const atOnce = await apply(other.headers, { offerId, submit: true, coverLetter: "Bonjour" });
    expect(atOnce.status).toBe(400);
    expect(atOnce.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      [`answers.${q.licence}`, `answers.${q.start}`].sort(),
    );
    expect(await applicationCounts()).toEqual(before);
  });

  it("refuses a choice outside the options, a yes/no that is neither, and a text too long, saving none", async () => {
    const { offerId, q } = await offerWithQuestions();
    const me = await studentWithCv();
    const draft = await apply(me.headers, { offerId });
    const before = await applicationCounts();
    const response = await put(me.headers, draft.body.id, {
      coverLetter: "Changed?",
      answers: [
        { questionId: q.start, value: "Juillet" },
        { questionId: q.licence, value: "peut-être" },
        { questionId: q.motivation, value: "x".repeat(1001) },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: `answers.${q.start}`, code: "notAnOption", message: "Choose one of the options offered." },
        { field: `answers.${q.licence}`, code: "yesOrNo", message: "Answer yes or no." },
        { field: `answers.${q.motivation}`, code: "tooLong", message: "1000 characters maximum." },
      ]),
    );
    expect(await applicationCounts()).toEqual(before);
    expect(await db.application.findUniqueOrThrow({ where: { id: draft.body.id } })).toMatchObject({
      coverLetter: null,
    });
  });

  it("checks the saved answers against the questions as they are when the draft is sent", async () => {
    const { offerId, q, actor } = await offerWithQuestions();
    const me = await studentWithCv();
    const draft = await apply(me.headers, {
      offerId,
      coverLetter: "Bonjour",
      answers: [
        { questionId: q.licence, value: "yes" },
        { questionId: q.start, value: "Mars" },
      ],
    });
    // The enterprise drops "Mars" from the options meanwhile.
    await editQuestions(actor, offerId, (questions) =>
      questions.map((question) =>
        question.id === q.start ? { ...question, options: ["Janvier", "Février"] } : question,
      ),
    );
    const response = await send(me.headers, draft.body.id);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: `answers.${q.start}`, code: "notAnOption", message: "Choose one of the options offered." },
    ]);
    expect((await db.application.findUniqueOrThrow({ where: { id: draft.body.id } })).status).toBe("DRAFT");
  });

  it("keeps sent answers with the question text as asked when the enterprise edits or removes questions", async () => {
    const { offerId, q, actor, headers: enterprise } = await offerWithQuestions();
    const me = await studentWithCv();
    const sent = await apply(me.headers, {
      offerId,
      coverLetter: "Bonjour",
      submit: true,
      answers: [
        { questionId: q.licence, value: "yes" },
        { questionId: q.motivation, value: "Un robot" },
        { questionId: q.start, value: "Janvier" },
      ],
    });
    expect(sent.status).toBe(201);
    await editQuestions(actor, offerId, () => [
      { id: q.start, kind: "CHOICE", label: "Date de début souhaitée ?", required: true, options: ["Avril", "Mai"] },
      { kind: "TEXT", label: "Une nouvelle question ?" },
    ]);
    expect((await getOffer(actor, offerId)).questions.map((question) => question.label)).toEqual([
      "Date de début souhaitée ?",
      "Une nouvelle question ?",
    ]);
    const seen = await get(enterprise, sent.body.id);
    expect(seen.body.answers).toEqual([
      { questionId: null, question: "Avez-vous le permis B ?", kind: "YES_NO", value: "yes" },
      { questionId: null, question: "Un projet dont vous êtes fier·e ?", kind: "TEXT", value: "Un robot" },
      { questionId: q.start, question: "Quand pouvez-vous commencer ?", kind: "CHOICE", value: "Janvier" },
    ]);
  });
});

describe("bad answers change nothing", () => {
  it.each([
    ["answers that are not a list", { answers: "yes" }, "answers"],
    ["an answer that is not an object", { answers: [null] }, "answers.0"],
    ["an answer without a question", { answers: [{ value: "yes" }] }, "answers.0.questionId"],
    ["a value that is an object", { answers: [{ questionId: "Q", value: { a: 1 } }] }, "_"],
    ["more than 5 answers", { answers: Array.from({ length: 6 }, (_, i) => ({ questionId: `q${i}` })) }, "answers"],
    [
      "an answer to another offer's question",
      { answers: [{ questionId: "OTHER", value: "yes" }] },
      "answers.0.questionId",
    ],
    ["the same question twice", { answers: [{ questionId: "Q" }, { questionId: "Q" }] }, "answers.1.questionId"],
  ])("POST or PUT with %s → 400", async (_name, body, field) => {
    const { offerId, q } = await offerWithQuestions();
    const other = await offerWithQuestions();
    const me = await studentWithCv();
    const newcomer = await studentWithCv();
    const resolve = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value).replaceAll('"OTHER"', `"${other.q.licence}"`).replaceAll('"Q"', `"${q.licence}"`),
      );
    const draft = await apply(me.headers, { offerId });
    const before = await applicationCounts();
    for (const response of [
      await apply(newcomer.headers, { offerId, ...resolve(body) }),
      await put(me.headers, draft.body.id, resolve(body)),
    ]) {
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    }
    expect(await applicationCounts()).toEqual(before);
  });
});
