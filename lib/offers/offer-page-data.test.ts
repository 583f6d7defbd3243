import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { enterpriseWithOffer, offerOf } from "@/tests/helpers/applications";
import { getClosedOffer } from "./get-closed-offer";
import { listSimilarOffers } from "./list-similar-offers";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

async function withSkills(offerId: string, ...names: string[]) {
  for (const name of names) {
    const skill = await db.skill.upsert({ where: { name }, create: { name }, update: {} });
    await db.offerSkill.create({ data: { offerId, skillId: skill.id } });
  }
  return offerId;
}

describe("similar offers", () => {
  it("ranks open offers by shared skills, then field, then city, and never lists closed, draft or the offer itself", async () => {
    const { enterpriseId, offerId } = await enterpriseWithOffer({ field: "Data", city: "Lyon" });
    await withSkills(offerId, "Python", "SQL");
    const both = await withSkills(
      await offerOf(enterpriseId, { title: "both", field: "Marketing", city: "Nice" }),
      "Python",
      "SQL",
    );
    const one = await withSkills(
      await offerOf(enterpriseId, { title: "one", field: "Marketing", city: "Nice" }),
      "SQL",
    );
    const fieldAndCity = await offerOf(enterpriseId, { title: "field+city", field: "Data", city: "Lyon" });
    const field = await offerOf(enterpriseId, { title: "field", field: "Data", city: "Brest" });
    await withSkills(await offerOf(enterpriseId, { title: "closed", status: "CLOSED" }), "Python", "SQL");
    await withSkills(await offerOf(enterpriseId, { title: "draft", status: "DRAFT", publishedAt: null }), "Python");
    await withSkills(await offerOf(enterpriseId, { title: "past", deadline: inDays(-2) }), "Python");
    await offerOf(enterpriseId, { title: "unrelated", field: "Law", city: "Lyon" });

    const similar = await listSimilarOffers(offerId, 10);
    expect(similar.map((o) => o.id)).toEqual([both, one, fieldAndCity, field]);
    expect(similar[0]).toMatchObject({ title: "both", enterprise: { name: expect.any(String) } });
    expect(await listSimilarOffers(offerId, 2)).toHaveLength(2);
  });

  it("answers nothing for an unknown offer", async () => {
    expect(await listSimilarOffers("c".repeat(25))).toEqual([]);
  });
});

describe("a closed offer's public notice", () => {
  it("tells closed and expired offers apart, with the date, and says nothing of open offers and drafts", async () => {
    const { enterpriseId, offerId: open } = await enterpriseWithOffer();
    const closedAt = new Date("2026-10-01T09:00:00Z");
    const closed = await offerOf(enterpriseId, { title: "Stage clos", status: "CLOSED", closedAt });
    const expired = await offerOf(enterpriseId, { status: "EXPIRED", deadline: new Date("2026-09-30") });
    const pastDeadline = await offerOf(enterpriseId, { deadline: inDays(-1) });
    const draft = await offerOf(enterpriseId, { status: "DRAFT", publishedAt: null });

    expect(await getClosedOffer(closed)).toMatchObject({ title: "Stage clos", reason: "closed", since: closedAt });
    expect(await getClosedOffer(expired)).toMatchObject({ reason: "expired", since: new Date("2026-09-30") });
    expect(await getClosedOffer(pastDeadline)).toMatchObject({ reason: "expired" });
    expect(await getClosedOffer(open)).toBeNull();
    expect(await getClosedOffer(draft)).toBeNull();
    expect(await getClosedOffer("nope")).toBeNull();
  });
});
