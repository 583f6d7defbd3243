import { beforeAll, describe, expect, it } from "vitest";
import { searchOffers } from "./search-offers";
import { fixtureEnterprise, fixtureOffers } from "./search-test-fixtures";
import { editDistance, nearestWord } from "./search-words";

const ids = async (q: string, enterprise: string) =>
  (await searchOffers({ q, enterprise, limit: 100 })).items.map((item) => item.id).sort();

describe("the typos people make", () => {
  let enterprise: string;
  beforeAll(async () => {
    enterprise = (await fixtureEnterprise("Atelier Quadrille")).id;
    await fixtureOffers(enterprise, [
      { title: "Développeur·se web JavaScript", skills: ["JavaScript", "React"] },
      { title: "Software developer intern", skills: ["Python"] },
      { title: "Data engineer", skills: ["Python", "SQL"], description: "Pipelines de données en Python." },
      { title: "Chargé·e de marketing digital", field: "Marketing" },
      { title: "Ingénieur mécanique – conception", field: "Mechanical engineering" },
      { title: "Assistant·e juridique", field: "Law" },
    ]);
  });

  it.each([
    ["devloper", "developer"],
    ["pyhton", "python"],
    ["marketting", "marketing"],
    ["ingenieur mecanique", "ingénieur mécanique"],
    ["dévelopeur", "développeur"],
    ["javascrpit", "javascript"],
  ])("finds with %s what %s finds", async (typo, correct) => {
    const expected = await ids(correct, enterprise);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(typo, enterprise)).toEqual(expected);
  });

  it("says which words it searched instead, and keeps the others as typed", async () => {
    expect((await searchOffers({ q: "stage pyhton", enterprise })).correctedQuery).toBe("stage python");
    expect((await searchOffers({ q: "Devloper", enterprise })).correctedQuery).toBe("developer");
    expect((await searchOffers({ q: "python", enterprise })).correctedQuery).toBeNull();
    expect((await searchOffers({ q: "ingenieur mecanique", enterprise })).correctedQuery).toBeNull();
  });

  it("leaves alone words too far from any offer's, and finds nothing for them", async () => {
    const result = await searchOffers({ q: "xylophoniste", enterprise });
    expect(result.correctedQuery).toBeNull();
    expect(result.items).toEqual([]);
    expect(result.total).toBe(0);
  });

  it("never suggests a word that only an unpublished offer holds", async () => {
    const other = (await fixtureEnterprise()).id;
    await fixtureOffers(other, [{ title: "Projet Zorglubia confidentiel", status: "DRAFT", publishedAt: null }]);
    const result = await searchOffers({ q: "zorglubiq" });
    expect(result.correctedQuery).toBeNull();
    expect(result.total).toBe(0);
  });
});

describe("edit distance", () => {
  it("counts a swap of two neighbours as one edit", () => {
    expect(editDistance("pyhton", "python")).toBe(1);
    expect(editDistance("javascrpit", "javascript")).toBe(1);
    expect(editDistance("devloper", "developer")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("accepts one edit in a short word, two in a long one, and prefers the same first letter", () => {
    expect(nearestWord("pyhton", ["python", "pylon"])).toBe("python");
    expect(nearestWord("daat", ["data"])).toBe("data");
    expect(nearestWord("dxya", ["data"])).toBeNull();
    expect(nearestWord("marketting", ["marketing", "market"])).toBe("marketing");
    expect(nearestWord("bata", ["data", "bats"])).toBe("bats");
  });
});
