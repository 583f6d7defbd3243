import { describe, expect, it } from "vitest";
import { byRank, placeKey, scoreOffer, WEIGHTS, type Candidate, type StudentSignals } from "./score-offer";

const student: StudentSignals = {
  skillCount: 4,
  importedSkills: [],
  fields: [],
  fieldOfStudy: null,
  places: [],
  remoteModes: [],
  availableFrom: null,
  availableTo: null,
  minStipend: null,
  currency: "EUR",
};

const offer: Candidate = {
  id: "o1",
  field: "Design",
  city: "Lyon",
  remoteMode: "ON_SITE",
  startFrom: null,
  startTo: null,
  stipendAmount: null,
  stipendCurrency: "EUR",
  stipendPeriod: "MONTH",
  durationWeeks: 26,
  publishedAt: new Date("2026-05-01"),
  enterpriseName: "Atelier",
  matchedSkills: [],
  offerSkillCount: 0,
  sameEnterprise: false,
  similar: null,
};

const codes = (s: Partial<StudentSignals>, o: Partial<Candidate>) =>
  scoreOffer({ ...student, ...s }, { ...offer, ...o }).reasons.map((r) => r.code);

describe("scoring an offer for a student", () => {
  it("has weights that add up to 100, so a perfect fit scores 100", () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const perfect = scoreOffer(
      {
        ...student,
        fields: ["Design"],
        fieldOfStudy: "Design",
        places: ["lyon"],
        remoteModes: ["ON_SITE"],
        availableFrom: new Date("2027-01-01"),
        minStipend: 500,
      },
      {
        ...offer,
        matchedSkills: ["A", "B"],
        offerSkillCount: 2,
        startFrom: new Date("2027-03-01"),
        stipendAmount: 600,
        sameEnterprise: true,
        similar: { title: "X", source: "saved", sharedSkills: 2, sameField: true },
      },
    );
    expect(perfect.score).toBe(100);
    expect(perfect.reasons.map((r) => r.code)).toEqual(Object.keys(WEIGHTS));
  });

  it("nothing in common scores 0 with no reason", () => {
    expect(scoreOffer(student, offer)).toEqual({ score: 0, reasons: [] });
  });

  it("weighs skills by how many of those that could overlap do", () => {
    const fewRequired = scoreOffer(student, { ...offer, matchedSkills: ["SQL"], offerSkillCount: 1 });
    const manyRequired = scoreOffer(student, { ...offer, matchedSkills: ["SQL"], offerSkillCount: 8 });
    expect(fewRequired.score).toBe(35);
    expect(manyRequired.score).toBe(9); // 1 of the student's 4 possible
    expect(manyRequired.reasons).toEqual([{ code: "skills", values: { matched: 1, total: 4, names: "SQL" } }]);
  });

  it("counts the matched skills the student accepted from their CV or LinkedIn", () => {
    const fromCv = scoreOffer(
      { ...student, importedSkills: ["sql", "python"] },
      { ...offer, matchedSkills: ["SQL", "React"], offerSkillCount: 2 },
    );
    expect(fromCv.reasons).toEqual([
      { code: "skills", values: { matched: 2, total: 4, names: "SQL, React", fromCv: 1 } },
    ]);
  });

  it("matches places without case or accents", () => {
    expect(placeKey("  Saint-Étienne ")).toBe("saint-etienne");
    expect(codes({ places: [placeKey("Saint-Étienne")] }, { city: "SAINT-ETIENNE" })).toEqual(["place"]);
    expect(codes({ places: ["lyon"] }, { city: "Lyon 3e" })).toEqual([]);
  });

  it("counts the dates when the start window overlaps the availability", () => {
    const available = { availableFrom: new Date("2027-02-01"), availableTo: new Date("2027-06-30") };
    expect(codes(available, { startFrom: new Date("2027-01-15"), startTo: new Date("2027-02-15") })).toEqual(["dates"]);
    expect(codes(available, { startFrom: new Date("2027-06-30") })).toEqual(["dates"]);
    expect(codes(available, { startFrom: new Date("2027-07-01") })).toEqual([]);
    expect(codes(available, { startTo: new Date("2027-01-31") })).toEqual([]);
    expect(codes(available, {})).toEqual([]);
    expect(codes({ availableFrom: new Date("2027-02-01") }, { startFrom: new Date("2030-01-01") })).toEqual(["dates"]);
    expect(codes({}, { startFrom: new Date("2027-03-01") })).toEqual([]);
  });

  it("compares stipends per month, in the same currency, against a minimum above zero", () => {
    expect(codes({ minStipend: 1000 }, { stipendAmount: 240, stipendPeriod: "WEEK" })).toEqual(["stipend"]); // ≈ 1040 a month
    expect(codes({ minStipend: 1000 }, { stipendAmount: 220, stipendPeriod: "WEEK" })).toEqual([]);
    expect(codes({ minStipend: 1000 }, { stipendAmount: 6000, stipendPeriod: "TOTAL", durationWeeks: 26 })).toEqual([
      "stipend",
    ]); // 6 months
    expect(codes({ minStipend: 1000 }, { stipendAmount: 6000, stipendPeriod: "TOTAL", durationWeeks: 52 })).toEqual([]);
    expect(codes({ minStipend: 1000 }, { stipendAmount: 2000, stipendCurrency: "CHF" })).toEqual([]);
    expect(codes({ minStipend: 0 }, { stipendAmount: 2000 })).toEqual([]);
    expect(codes({ minStipend: 1000 }, { stipendAmount: null })).toEqual([]);
  });

  it("calls an offer similar to a saved one when they share two skills, or a field and a skill", () => {
    const like = (sharedSkills: number, sameField: boolean) =>
      codes({}, { similar: { title: "T", source: "saved", sharedSkills, sameField } });
    expect(like(2, false)).toEqual(["similar"]);
    expect(like(1, true)).toEqual(["similar"]);
    expect(like(1, false)).toEqual([]);
    expect(like(0, true)).toEqual([]);
  });
});

describe("ranking", () => {
  const entry = (score: number, id: string, publishedAt: string | null) => ({
    score,
    candidate: { ...offer, id, publishedAt: publishedAt ? new Date(publishedAt) : null },
  });

  it("puts the best score first, then the newest offer, then the smallest id", () => {
    const ranked = [
      entry(50, "b", "2026-01-01"),
      entry(50, "a", "2026-01-01"),
      entry(50, "c", "2026-03-01"),
      entry(70, "z", null),
      entry(50, "d", null),
    ].sort(byRank);
    expect(ranked.map((e) => e.candidate.id)).toEqual(["z", "c", "a", "b", "d"]);
  });
});
