import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { daysFromNow, fixtureEnterprise, fixtureOffers } from "./search-test-fixtures";
import { isVisibleOffer, visibleOffer, visibleOfferSql } from "./visible-offer";

// Three visible offers and four hidden ones, one per way an offer leaves the public eye.
type Kind = "open" | "noDeadline" | "today" | "pastDeadline" | "draft" | "closed" | "expired" | "otherPublished";
const VISIBLE = ["open", "noDeadline", "today"];
let id: Record<Kind, string>;

const sorted = (ids: string[]) => [...ids].sort();
const visibleIds = () => sorted(VISIBLE.map((kind) => id[kind as Kind]));

beforeAll(async () => {
  const field = "Visibility studies";
  const [open, noDeadline, today, pastDeadline, draft, closed, expired] = await fixtureOffers(
    (await fixtureEnterprise()).id,
    [
      { title: "Ouverte", field },
      { title: "Sans date limite", field, deadline: null },
      { title: "Dernier jour", field, deadline: new Date() },
      // Past its deadline, not yet swept to EXPIRED by the workflow: hidden all the same.
      { title: "Date limite passée", field, deadline: daysFromNow(-1) },
      { title: "Brouillon", field, status: "DRAFT", publishedAt: null },
      { title: "Fermée", field, status: "CLOSED" },
      { title: "Expirée", field, status: "EXPIRED", deadline: daysFromNow(-2) },
    ],
  );
  // A visible offer of another enterprise.
  const [otherPublished] = await fixtureOffers((await fixtureEnterprise()).id, [
    { title: "Ailleurs", field: "Other field" },
  ]);
  id = { open, noDeadline, today, pastDeadline, draft, closed, expired, otherPublished } as typeof id;
});

describe("the visible-offer rule", () => {
  it("selects the same offers as a Prisma where, in SQL and on a loaded row", async () => {
    const all = Object.values(id);
    const byWhere = await db.offer.findMany({
      where: { AND: [{ id: { in: all } }, visibleOffer()] },
      select: { id: true },
    });
    const bySql = await db.$queryRaw<
      { id: string }[]
    >`select o.id from "Offer" o where o.id = any(${all}::text[]) and ${visibleOfferSql}`;
    const rows = await db.offer.findMany({
      where: { id: { in: all } },
      select: { id: true, status: true, deadline: true },
    });
    const expected = sorted([...visibleIds(), id.otherPublished]);
    expect(sorted(byWhere.map((o) => o.id))).toEqual(expected);
    expect(sorted(bySql.map((o) => o.id))).toEqual(expected);
    expect(sorted(rows.filter((row) => isVisibleOffer(row)).map((o) => o.id))).toEqual(expected);
  });

  it("keeps an offer open through its deadline day (UTC), as a calendar date or as the day's last instant", () => {
    for (const deadline of [new Date("2026-06-30T00:00:00.000Z"), new Date("2026-06-30T23:59:59.999Z")]) {
      expect(isVisibleOffer({ status: "PUBLISHED", deadline }, new Date("2026-06-30T23:59:59.999Z"))).toBe(true);
      expect(isVisibleOffer({ status: "PUBLISHED", deadline }, new Date("2026-07-01T00:00:00.000Z"))).toBe(false);
    }
    expect(isVisibleOffer({ status: "CLOSED", deadline: null })).toBe(false);
  });
});
