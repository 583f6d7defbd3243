import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { actorOf, applicationIn, enterpriseWithOffer, offerOf, studentWithCv } from "@/tests/helpers/applications";
import { createUser } from "@/tests/helpers/users";
import { countOwnOffers } from "./count-own-offers";
import { listOffers } from "./list-offers";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** An enterprise with offers in every status, applications on two of them, and a rival with a matching title. */
async function backOffice() {
  const {
    enterpriseId,
    offerId: lyon,
    actor,
  } = await enterpriseWithOffer({
    title: "Stage développeur web Lyon",
    deadline: inDays(40),
  });
  const paris = await offerOf(enterpriseId, { title: "Stage développeur mobile Paris", deadline: inDays(10) });
  const draft = await offerOf(enterpriseId, {
    title: "Alternance data",
    status: "DRAFT",
    publishedAt: null,
    deadline: null,
  });
  const closed = await offerOf(enterpriseId, {
    title: "Stage Développeur backend",
    status: "CLOSED",
    deadline: inDays(5),
  });
  const expired = await offerOf(enterpriseId, { title: "Stage marketing", status: "EXPIRED", deadline: inDays(-3) });
  for (let i = 0; i < 2; i++) await applicationIn("SUBMITTED", paris, (await studentWithCv()).studentId);
  await applicationIn("SUBMITTED", closed, (await studentWithCv()).studentId);
  const rival = await enterpriseWithOffer({ title: "Stage développeur web Lyon" });
  return { actor, rival, ids: { lyon, paris, draft, closed, expired } };
}

const titles = (page: { items: { title: string }[] }) => page.items.map((o) => o.title);

describe("an enterprise's own offers", () => {
  it("filters by status and by every word of the title, never showing another enterprise's offers", async () => {
    const { actor, ids, rival } = await backOffice();
    const all = await listOffers(actor, {});
    expect(all.items.map((o) => o.id).sort()).toEqual(Object.values(ids).sort());
    expect((await listOffers(actor, { status: "DRAFT" })).items.map((o) => o.id)).toEqual([ids.draft]);
    expect(titles(await listOffers(actor, { q: "  DÉVELOPPEUR  lyon " }))).toEqual(["Stage développeur web Lyon"]);
    expect(titles(await listOffers(actor, { q: "développeur", status: "CLOSED" }))).toEqual([
      "Stage Développeur backend",
    ]);
    expect((await listOffers(rival.actor, { q: "développeur" })).items.map((o) => o.id)).toEqual([rival.offerId]);
  });

  it("sorts by nearest deadline (none last) or by most applications, and pages through a sort without repeats", async () => {
    const { actor, ids } = await backOffice();
    const byDeadline = await listOffers(actor, { sort: "deadline" });
    expect(byDeadline.items.map((o) => o.id)).toEqual([ids.expired, ids.closed, ids.paris, ids.lyon, ids.draft]);
    const byApplicants = await listOffers(actor, { sort: "applicants" });
    expect(byApplicants.items.slice(0, 2).map((o) => o.id)).toEqual([ids.paris, ids.closed]);
    expect(byApplicants.items[0]!._count.applications).toBe(2);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listOffers(actor, { sort: "deadline", limit: 2, ...(cursor && { cursor }) });
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(byDeadline.items.map((o) => o.id));
  });

  it("counts the offers of each status tab, with the same title words", async () => {
    const { actor } = await backOffice();
    expect(await countOwnOffers(actor)).toEqual({ ALL: 5, DRAFT: 1, PUBLISHED: 2, CLOSED: 1, EXPIRED: 1 });
    expect(await countOwnOffers(actor, { q: "développeur" })).toEqual({
      ALL: 3,
      DRAFT: 0,
      PUBLISHED: 2,
      CLOSED: 1,
      EXPIRED: 0,
    });
  });

  it("refuses bad filters and counts for anyone but an enterprise member", async () => {
    const { actor } = await backOffice();
    await expect(listOffers(actor, { sort: "cheapest" })).rejects.toBeInstanceOf(AppError);
    await expect(listOffers(actor, { q: "x".repeat(101) })).rejects.toBeInstanceOf(AppError);
    const student = await actorOf((await createUser("STUDENT")).id);
    await expect(countOwnOffers(student)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(countOwnOffers(null)).rejects.toBeInstanceOf(AppError);
  });
});
