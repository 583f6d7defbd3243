import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadActor } from "@/lib/identity/actor";
import { fixtureOffers } from "@/lib/offers/search-test-fixtures";
import { searchOffers } from "@/lib/offers/search-offers";
import { createUser } from "@/tests/helpers/users";
import { updateEnterpriseProfile } from "./update-enterprise-profile";

describe("renaming an enterprise", () => {
  it("makes its offers findable under the new name at once", async () => {
    const user = await createUser("ENTERPRISE");
    const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: user.id } });
    const [offerId] = await fixtureOffers(enterpriseId, [{ title: "Stage contrôle de gestion" }]);
    const ids = async (q: string) => (await searchOffers({ q })).items.map((item) => item.id);
    expect(await ids("Zephyrine")).not.toContain(offerId);

    await updateEnterpriseProfile(await loadActor(user.id), enterpriseId, {
      name: "Zéphyrine Conseil",
      applicationEmail: "rh@zephyrine.example",
    });

    expect(await ids("Zephyrine")).toContain(offerId);
  });

  it("is refused once the enterprise is verified, and nothing changes", async () => {
    const user = await createUser("ENTERPRISE");
    const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: user.id } });
    await db.enterprise.update({ where: { id: enterpriseId }, data: { verificationStatus: "VERIFIED" } });
    const before = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
    await expect(
      updateEnterpriseProfile(await loadActor(user.id), enterpriseId, {
        name: "Autre Nom",
        applicationEmail: "rh@autre.example",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { name: { key: "nameLockedWhenVerified" } } },
    });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } })).toEqual(before);
  });
});
