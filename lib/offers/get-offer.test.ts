import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { getOffer, offerDetailSelect } from "./get-offer";
import { readableOffer } from "./policy";
import { daysFromNow, fixtureEnterprise, fixtureOffers } from "./search-test-fixtures";
import { withStipendAmount } from "./stipend";

/** What getOffer answered when it read through Prisma's nested select: the shape it must keep. */
async function throughPrisma(actor: Actor | null, offerId: string) {
  const offer = await db.offer.findFirst({
    where: { id: offerId, ...readableOffer(actor) },
    select: offerDetailSelect,
  });
  if (!offer) return null;
  const { skills, ...rest } = offer;
  return { ...withStipendAmount(rest), skills: skills.map((s) => s.skill.name) };
}
const orNull = (read: Promise<unknown>) =>
  read.catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });

describe("getOffer in one statement", () => {
  let published: string;
  let draft: string;
  let expired: string;
  let member: Actor;
  let stranger: Actor;
  let admin: Actor;
  beforeAll(async () => {
    const enterprise = await fixtureEnterprise("Ateliers Vernier");
    await db.enterprise.update({
      where: { id: enterprise.id },
      data: { website: "https://vernier.example", sector: "Industrie", logoUrl: "https://vernier.example/logo.png" },
    });
    [published, draft, expired] = await fixtureOffers(enterprise.id, [
      {
        title: "Technicien·ne méthodes",
        skills: ["SolidWorks", "autocad", "Lean"],
        stipendAmount: 850.5,
        startFrom: daysFromNow(40),
        startTo: daysFromNow(60),
        missions: "Mesurer, améliorer.",
        benefits: "Tickets restaurant",
        educationLevel: "BAC_3",
        languages: ["fr", "en"],
        externalUrl: "https://vernier.example/jobs/1",
      },
      { title: "Brouillon", status: "DRAFT", publishedAt: null, stipendAmount: null, deadline: null },
      { title: "Expirée", deadline: daysFromNow(-2) },
    ]);
    await db.offerQuestion.createMany({
      data: [
        {
          offerId: published!,
          position: 1,
          kind: "CHOICE",
          label: "Permis ?",
          required: true,
          options: ["Oui", "Non"],
        },
        { offerId: published!, position: 0, kind: "TEXT", label: "Pourquoi nous ?" },
      ],
    });
    const memberUser = await createUser("ENTERPRISE", { enterpriseId: enterprise.id });
    member = (await loadActor(memberUser.id))!;
    stranger = (await loadActor((await createUser("ENTERPRISE")).id))!;
    admin = (await loadActor((await createUser("SYSTEM_ADMIN")).id))!;
  });

  it("answers exactly what the nested Prisma select answered, for every caller and offer", async () => {
    for (const actor of [null, member, stranger, admin]) {
      for (const offerId of [published, draft, expired, "no-such-offer"]) {
        const expected = await throughPrisma(actor, offerId);
        expect(await orNull(getOffer(actor, offerId)), `${actor?.role ?? "anonymous"} ${offerId}`).toEqual(expected);
      }
    }
  });

  it("shows the offer with its enterprise, skills in order and questions in order", async () => {
    const offer = await getOffer(null, published);
    expect(offer).toMatchObject({
      title: "Technicien·ne méthodes",
      stipendAmount: 850.5,
      enterprise: { name: "Ateliers Vernier", sector: "Industrie", verificationStatus: "VERIFIED" },
      skills: ["autocad", "Lean", "SolidWorks"],
      questions: [
        { kind: "TEXT", label: "Pourquoi nous ?", required: false, options: [] },
        { kind: "CHOICE", label: "Permis ?", required: true, options: ["Oui", "Non"] },
      ],
    });
    expect(offer.startFrom).toBeInstanceOf(Date);
  });

  it("hides drafts and expired offers from everyone but their enterprise and admins", async () => {
    await expect(getOffer(null, draft)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOffer(stranger, expired)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getOffer(member, draft)).title).toBe("Brouillon");
    expect((await getOffer(admin, expired)).title).toBe("Expirée");
  });
});
