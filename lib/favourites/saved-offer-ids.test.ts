import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { fixtureEnterprise, fixtureOffers } from "@/lib/offers/search-test-fixtures";
import { createUser } from "@/tests/helpers/users";
import { savedOfferIds } from "./saved-offer-ids";

const student = async () => (await loadActor((await createUser("STUDENT")).id)) as Actor & { studentId: string };

describe("the saved marks of a page of result cards", () => {
  let offers: string[];
  let me: Actor & { studentId: string };
  let other: Actor & { studentId: string };

  beforeAll(async () => {
    offers = await fixtureOffers((await fixtureEnterprise()).id, [
      { title: "Un" },
      { title: "Deux" },
      { title: "Trois" },
    ]);
    [me, other] = [await student(), await student()];
    await db.favourite.createMany({
      data: [
        { studentId: me.studentId, offerId: offers[0]! },
        { studentId: me.studentId, offerId: offers[2]! },
        { studentId: other.studentId, offerId: offers[1]! },
      ],
    });
  });

  it("are the student's own saves among the offers asked about", async () => {
    expect([...(await savedOfferIds(me, offers))].sort()).toEqual([offers[0], offers[2]].sort());
    expect([...(await savedOfferIds(me, [offers[1]!]))]).toEqual([]);
    expect([...(await savedOfferIds(other, offers))]).toEqual([offers[1]]);
  });

  it("are empty for a visitor and for other roles", async () => {
    const enterprise = await loadActor((await createUser("ENTERPRISE")).id);
    expect((await savedOfferIds(null, offers)).size).toBe(0);
    expect((await savedOfferIds(enterprise, offers)).size).toBe(0);
  });
});
