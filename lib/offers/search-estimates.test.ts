import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { roughly } from "./search-facets";
import { searchOffers } from "./search-offers";
import { fixtureEnterprise, fixtureOffers } from "./search-test-fixtures";

const counts = (values: { value: string; count: number }[]) =>
  Object.fromEntries(values.map((v) => [v.value, v.count]));

describe("counts over many matches", () => {
  let enterprise: string;
  beforeAll(async () => {
    enterprise = (await fixtureEnterprise()).id;
    await fixtureOffers(
      enterprise,
      Array.from({ length: 40 }, (_, i) => ({
        title: `Stage ornithorynque ${i}`,
        city: i % 4 === 0 ? "Paris" : "Lyon",
        remoteMode: i % 2 === 0 ? ("REMOTE" as const) : ("ON_SITE" as const),
      })),
    );
  });

  it("are exact, and say so, while the search reads fewer offers than the limit", async () => {
    const result = await searchOffers({ q: "ornithorynque" });
    expect(result.totalIsApproximate).toBe(false);
    expect(result.total).toBe(40);
    expect(counts(result.facets.city)).toEqual({ Lyon: 30, Paris: 10 });
  });

  it("are estimated from the sample's slots above the limit, scaled, and flagged", async () => {
    // Half of the slots: every count is the sampled offers' count, doubled.
    const result = await searchOffers({ q: "ornithorynque" }, { exactCountLimit: 10, sampleSlots: 512 });
    const sampled = await db.offer.findMany({
      where: { enterpriseId: enterprise, searchSample: { lt: 512 } },
      select: { city: true },
    });
    expect(sampled.length).toBeGreaterThan(0);
    expect(result.totalIsApproximate).toBe(true);
    expect(result.total).toBe(roughly(sampled.length * 2));
    const paris = sampled.filter((offer) => offer.city === "Paris").length * 2;
    expect(counts(result.facets.city).Paris ?? 0).toBe(paris);
    // The page of results is never estimated.
    expect(result.items).toHaveLength(20);
  });

  it("is answered by the API with the flag", async () => {
    const { GET } = await import("@/app/api/v1/offers/search/route");
    const response = await GET(new Request("http://test.local/api/v1/offers/search?q=ornithorynque"), {
      params: Promise.resolve({}),
    });
    const body = (await response.json()) as { total: number; totalIsApproximate: boolean; correctedQuery: null };
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ total: 40, totalIsApproximate: false, correctedQuery: null });
  });
});

describe("rounding an estimate", () => {
  it("keeps two significant digits from 100 on", () => {
    expect(roughly(87)).toBe(87);
    expect(roughly(14_643)).toBe(15_000);
    expect(roughly(1_234)).toBe(1_200);
    expect(roughly(100)).toBe(100);
  });
});
