import { describe, expect, it } from "vitest";
import vocabulary from "./eval/vocabulary.json";
import { EVAL_SETS, evaluateAssistant, mistakes } from "./evaluate";
import { recognise } from "./recognise";

const now = new Date(vocabulary.now);

describe("the assistant's fixed evaluation set, without a model", () => {
  it("holds at least 40 French and 40 English questions per role, and 20 Arabic ones", () => {
    const counts = Object.entries(EVAL_SETS).map(([role, set]) => ({
      role,
      fr: set.questions.filter((q) => q.lang === "fr").length >= 40,
      en: set.questions.filter((q) => q.lang === "en").length >= 40,
      ar: set.questions.filter((q) => q.lang === "ar").length >= 20,
    }));
    expect(counts).toEqual(Object.keys(EVAL_SETS).map((role) => ({ role, fr: true, en: true, ar: true })));
  });

  it("answers at least 90 % right for each role and language", () => {
    const scores = evaluateAssistant();
    expect(scores.map((s) => `${s.role}/${s.lang}`).sort()).toEqual(
      Object.keys(EVAL_SETS)
        .flatMap((role) => ["ar", "en", "fr"].map((lang) => `${role}/${lang}`))
        .sort(),
    );
    for (const score of scores)
      expect({
        role: score.role,
        lang: score.lang,
        atLeast90: score.share >= 0.9,
        failures: score.failures,
      }).toMatchObject({ atLeast90: true });
  });

  it("counts a question the assistant must decline as wrong when it is answered", () => {
    const question = { lang: "en", text: "delete the DevOps offer", intent: null };
    expect(mistakes("ENTERPRISE", question)).toEqual([]);
    expect(mistakes("ENTERPRISE", { ...question, text: "Who applied this week?" })).toEqual([
      "intent recentApplicants ≠ declined",
    ]);
    // Another role's question is declined ("this question concerns another kind of account").
    expect(mistakes("ENTERPRISE", { ...question, text: "Where is my internship agreement?" })).toEqual([]);
  });
});

describe("questions that name an offer without looking for one", () => {
  it.each([
    ["Comment publier une nouvelle offre de stage ?", "ENTERPRISE"],
    ["delete the DevOps offer", "ENTERPRISE"],
    ["احذف عرض DevOps", "ENTERPRISE"],
  ] as const)("does not read %s as a search, and declines it", (text, role) => {
    const got = recognise(text, role, vocabulary, now);
    expect({ search: got.search, declined: got.intent === null || !got.forRole }).toEqual({
      search: null,
      declined: true,
    });
  });

  it("still reads remote work as a search facet (remote is not remove)", () => {
    expect(recognise("remote cybersecurity internship", "STUDENT", vocabulary, now).search?.facets.remote).toEqual([
      "REMOTE",
    ]);
  });

  it("reads an enterprise's own offer named in a question as its offer, not a search", () => {
    const got = recognise(
      "did we get any applications for the digital marketing offer?",
      "ENTERPRISE",
      vocabulary,
      now,
    );
    expect(got).toMatchObject({ intent: "recentApplicants", offers: ["Assistant marketing digital"], search: null });
  });
});

describe("the plain-language offer search", () => {
  it("turns the issue's example into the search page's facets", () => {
    const got = recognise(
      "un stage data à Lyon en hybride à partir de mars, payé au moins 1 000 €",
      "STUDENT",
      vocabulary,
      now,
    );
    expect(got.intent).toBe("offerSearch");
    expect(got.search).toEqual({
      q: "",
      facets: {
        city: ["Lyon"],
        remote: ["HYBRID"],
        field: ["Data science"],
        start: ["2027-03", "2027-04", "2027-05"],
        stipend: ["900to1199", "gte1200"],
        skills: [],
      },
      minStipend: 1000,
    });
  });

  it("keeps the words no facet took as free text, and tolerates typos and missing accents", () => {
    const got = recognise("je cherche un stage blockchain a Bordeux en teletravail", "STUDENT", vocabulary, now);
    expect(got.search).toMatchObject({ q: "blockchain", facets: { city: ["Bordeaux"], remote: ["REMOTE"] } });
  });

  it("reads the week asked about as an interval starting on Monday", () => {
    const got = recognise("Who applied last week?", "ENTERPRISE", vocabulary, now);
    expect(got.period).toEqual({
      key: "lastWeek",
      from: new Date("2026-11-23T00:00:00Z"),
      to: new Date("2026-11-30T00:00:00Z"),
    });
  });
});
