import { describe, expect, it } from "vitest";
import vocabulary from "./eval/vocabulary.json";
import { EVAL_SETS, evaluateAssistant } from "./evaluate";
import { recognise } from "./recognise";

const now = new Date(vocabulary.now);

describe("the assistant's fixed evaluation set, without a model", () => {
  it("holds at least 40 French and English questions per role", () => {
    for (const set of Object.values(EVAL_SETS))
      expect(set.questions.filter((q) => q.lang === "fr" || q.lang === "en").length).toBeGreaterThanOrEqual(40);
  });

  it("answers at least 90 % right for each role and language", () => {
    for (const score of evaluateAssistant().filter((s) => s.lang !== "ar"))
      expect({ ...score, share: score.share >= 0.9 }).toMatchObject({ share: true });
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
