import { beforeAll, describe, expect, it, vi } from "vitest";
import { fixtureEnterprise, fixtureOffers } from "@/lib/offers/search-test-fixtures";
import { callRoute } from "@/tests/helpers/call-route";
import { rowCounts } from "@/tests/helpers/row-counts";
import { GET } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const search = (query: string) => callRoute(GET, { method: "GET", path: `/offers/search?${query}` });

describe("GET /api/v1/offers/search", () => {
  let enterprise: { id: string; name: string };
  beforeAll(async () => {
    enterprise = await fixtureEnterprise("Numérique du Rhône");
    await fixtureOffers(enterprise.id, [
      { title: "Stage développeur·se Ocelot", field: "Software engineering", remoteMode: "HYBRID", skills: ["React"] },
      { title: "Stage data Ocelot", field: "Data science", remoteMode: "REMOTE", skills: ["Python"] },
      { title: "Stage design Ocelot", field: "Design", remoteMode: "ON_SITE", skills: ["Figma"] },
    ]);
  });

  it("answers the list shape with facets and the total, without signing in", async () => {
    const response = await search("q=ocelot&field=Data+science&field=Design&limit=1&sort=newest");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      items: [
        {
          title: "Stage data Ocelot",
          enterprise: { id: enterprise.id, name: "Numérique du Rhône" },
          remoteMode: "REMOTE",
          skills: ["Python"],
        },
      ],
      nextCursor: expect.any(String),
      total: 2,
    });
    expect(response.body.facets.field).toEqual([
      { value: "Data science", count: 1 },
      { value: "Design", count: 1 },
      { value: "Software engineering", count: 1 },
    ]);
    expect(response.body.facets.enterprise).toEqual([{ value: enterprise.id, count: 2, label: "Numérique du Rhône" }]);
    expect(Object.keys(response.body.facets).sort()).toEqual([
      "city",
      "country",
      "duration",
      "enterprise",
      "field",
      "remote",
      "skills",
      "start",
      "stipend",
    ]);

    const next = await search(
      `q=ocelot&field=Data+science&field=Design&limit=1&sort=newest&cursor=${response.body.nextCursor}`,
    );
    expect(next.body.items.map((item: { title: string }) => item.title)).toEqual(["Stage design Ocelot"]);
    expect(next.body.nextCursor).toBeNull();
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=1000", "limit"],
    ["limit=ten", "limit"],
    ["sort=popular", "sort"],
    ["cursor=%7Bbroken", "cursor"],
    [
      `sort=deadline&cursor=${Buffer.from(JSON.stringify({ s: "newest", k: ["2026-01-01T00:00:00.000Z", "x"] })).toString("base64url")}`,
      "cursor",
    ],
    ["start=2027-13", "start.0"],
  ])("refuses ?%s with a 400 problem and changes nothing", async (query, field) => {
    const before = await rowCounts();
    const response = await search(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await rowCounts()).toEqual(before);
  });
});
