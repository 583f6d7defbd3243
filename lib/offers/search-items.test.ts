import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { searchOffers } from "./search-offers";
import { fixtureEnterprise, fixtureOffers } from "./search-test-fixtures";

describe("a result card", () => {
  it("names its enterprise with the slug of its public page and its logo", async () => {
    const enterprise = await fixtureEnterprise();
    await db.enterprise.update({ where: { id: enterprise.id }, data: { logoUrl: "/api/v1/files/logo-1" } });
    await fixtureOffers(enterprise.id, [{ title: "Logo" }]);
    const [item] = (await searchOffers({ enterprise: enterprise.id })).items;
    expect(item?.enterprise).toEqual({
      id: enterprise.id,
      name: enterprise.name,
      slug: enterprise.slug,
      logoUrl: "/api/v1/files/logo-1",
    });
  });
});
