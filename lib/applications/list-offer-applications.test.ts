import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { applicationIn, enterpriseWithOffer, studentWithCv } from "@/tests/helpers/applications";
import { listOfferApplications } from "./list-offer-applications";

async function applicants() {
  const mine = await enterpriseWithOffer();
  const lyon = await db.university.create({ data: { name: "Université Lumière Lyon 2" } });
  const paris = await db.university.create({ data: { name: "Sorbonne Université" } });
  const one = async (name: string, universityId: string, score: number, sentDaysAgo: number) => {
    const student = await studentWithCv();
    await db.user.update({ where: { id: student.user.id }, data: { name } });
    await db.student.update({ where: { id: student.studentId }, data: { universityId } });
    return applicationIn("SUBMITTED", mine.offerId, student.studentId, {
      matchScore: score,
      submittedAt: new Date(Date.UTC(2026, 0, 20 - sentDaysAgo, 12)),
    });
  };
  const ids = {
    zoe: await one("Zoé Arnaud", lyon.id, 70, 0),
    adam: await one("Adam Bernard", paris.id, 40, 5),
    mia: await one("Mia Chevalier", lyon.id, 90, 10),
  };
  return { mine, ids };
}

const names = (page: Awaited<ReturnType<typeof listOfferApplications>>) => page.items.map((a) => a.student.name);

describe("the applicants list's sorts and filters", () => {
  it("sorts by name, school, score and date, either way", async () => {
    const { mine } = await applicants();
    const list = (query: Record<string, string>) => listOfferApplications(mine.actor, mine.offerId, query);
    expect(names(await list({ sort: "name" }))).toEqual(["Adam Bernard", "Mia Chevalier", "Zoé Arnaud"]);
    expect(names(await list({ sort: "name", order: "desc" }))).toEqual(["Zoé Arnaud", "Mia Chevalier", "Adam Bernard"]);
    expect(names(await list({ sort: "school" }))[0]).toBe("Adam Bernard");
    expect(names(await list({ sort: "score" }))).toEqual(["Mia Chevalier", "Zoé Arnaud", "Adam Bernard"]);
    expect(names(await list({ sort: "date", order: "asc" }))).toEqual(["Mia Chevalier", "Adam Bernard", "Zoé Arnaud"]);
  });

  it("filters by score, school and sending days, and pages through a sorted list", async () => {
    const { mine } = await applicants();
    const list = (query: Record<string, string | number>) => listOfferApplications(mine.actor, mine.offerId, query);
    expect(names(await list({ minScore: "60", sort: "name" }))).toEqual(["Mia Chevalier", "Zoé Arnaud"]);
    expect(names(await list({ school: "lumière", sort: "name" }))).toEqual(["Mia Chevalier", "Zoé Arnaud"]);
    expect(names(await list({ from: "2026-01-12", to: "2026-01-15" }))).toEqual(["Adam Bernard"]);
    const first = await list({ sort: "name", limit: 2 });
    expect(names(first)).toEqual(["Adam Bernard", "Mia Chevalier"]);
    expect(names(await list({ sort: "name", limit: 2, cursor: first.nextCursor! }))).toEqual(["Zoé Arnaud"]);
    // The counts of the status filters ignore the other filters.
    expect((await list({ minScore: "95" })).counts).toEqual({ SUBMITTED: 3 });
  });
});
