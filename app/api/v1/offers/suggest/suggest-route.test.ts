import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fixtureEnterprise, fixtureOffers } from "@/lib/offers/search-test-fixtures";
import { forgetSuggestions } from "@/lib/offers/suggest-search-terms";
import { callRoute } from "@/tests/helpers/call-route";
import { rowCounts } from "@/tests/helpers/row-counts";
import { GET } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const suggest = (query: string) => callRoute(GET, { method: "GET", path: `/offers/suggest?${query}` });
const texts = async (q: string) =>
  (await suggest(`q=${encodeURIComponent(q)}&limit=20`)).body.items.map((item: { text: string }) => item.text);

// Made-up words, so that offers of other test files sharing the database never match.
describe("GET /api/v1/offers/suggest", () => {
  let enterprise: { id: string; name: string };
  beforeAll(async () => {
    enterprise = await fixtureEnterprise("Quorvex Industries");
    await fixtureOffers(enterprise.id, [
      { title: "Développeur·se Zyntharo", city: "Vrelonne", skills: ["Zyntharo Script"] },
      { title: "Développeur·se Zyntharo", city: "Vrelonne" },
      { title: "Analyste Plomvaride", city: "Vrelonne", skills: ["Zyntharo Script"] },
      { title: "Brouillon Zyntharo secret", status: "DRAFT", publishedAt: null },
    ]);
  });
  beforeEach(() => forgetSuggestions());

  it("suggests skills, titles, cities and enterprises of open offers as one types, without signing in", async () => {
    const response = await suggest("q=zynth");
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { kind: "skill", text: "Zyntharo Script", offers: 2, facet: "skills", value: "zyntharo script" },
      { kind: "title", text: "Développeur·se Zyntharo", offers: 2 },
    ]);
    expect(await texts("vrelo")).toEqual(["Vrelonne"]);
    expect((await suggest("q=quorv")).body.items).toEqual([
      { kind: "enterprise", text: "Quorvex Industries", offers: 3, facet: "enterprise", value: enterprise.id },
    ]);
  });

  it("never suggests what only a draft holds", async () => {
    expect(await texts("brouillon zyntharo")).toEqual([]);
    expect(await texts("zyntharo secret")).toEqual([]);
  });

  it.each([
    ["zytnharo", "Développeur·se Zyntharo"], // two letters swapped
    ["zyntaro", "Développeur·se Zyntharo"], // a letter missing
    ["zynttharo", "Zyntharo Script"], // a letter doubled
    ["plomvarride", "Analyste Plomvaride"], // a letter doubled in a long word
    ["developeur zyntharo", "Développeur·se Zyntharo"], // accents left out, a letter missing in the first word
  ])("forgives %s and suggests %s", async (typo, expected) => {
    expect(await texts(typo)).toContain(expected);
  });

  it("puts exact beginnings before corrected ones, and needs every word", async () => {
    expect(await texts("analyste zynth")).toEqual([]);
    expect(await texts("analyste plom")).toEqual(["Analyste Plomvaride"]);
  });

  it("answers nothing for fewer than two letters or words too far from any", async () => {
    expect((await suggest("q=z")).body.items).toEqual([]);
    expect((await suggest("q=")).body.items).toEqual([]);
    expect(await texts("qxwvbnmz")).toEqual([]);
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=21", "limit"],
    ["limit=many", "limit"],
    [`q=${"a".repeat(101)}`, "q"],
  ])("refuses ?%s with a 400 problem and changes nothing", async (query, field) => {
    const before = await rowCounts();
    const response = await suggest(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await rowCounts()).toEqual(before);
  });
});
