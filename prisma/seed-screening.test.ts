import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getScorecards } from "@/lib/applications/get-scorecards";
import { listOfferApplications } from "@/lib/applications/list-offer-applications";
import { listRejectionTemplates } from "@/lib/applications/list-rejection-templates";
import { loadActor } from "@/lib/identity/actor";
import { seedDemoData } from "./seed";

beforeAll(async () => {
  await seedDemoData(db as never);
}, 120_000);

const actorOf = async (email: string) => (await loadActor((await db.user.findUniqueOrThrow({ where: { email } })).id))!;

describe("the demo screening, scorecards and templates", () => {
  it("show questions with their answers, and a colleague's scorecards hidden until the demo recruiter sends one", async () => {
    const rh = await actorOf("rh@numeria.demo.stagiaire.app");
    const offer = await db.offer.findFirstOrThrow({ where: { title: "Stage développeur·se full-stack TypeScript" } });
    expect(await db.offerQuestion.count({ where: { offerId: offer.id } })).toBe(3);
    const answers = await db.applicationAnswer.findMany({ where: { application: { offerId: offer.id } } });
    expect(answers.length).toBe(9);
    expect(answers.filter((a) => a.questionKind === "YES_NO").every((a) => a.value === "yes")).toBe(true);

    const page = await listOfferApplications(rh, offer.id);
    const scored = page.items.filter((a) => a.scorecards > 0);
    expect(scored.map((a) => a.student.name).sort()).toEqual(["Léa Martin", "Manon Leroy"]);
    expect(scored.every((a) => a.scoreAverage === null)).toBe(true);

    const colleague = await actorOf("recrutement@numeria.demo.stagiaire.app");
    const views = await listOfferApplications(colleague, offer.id);
    const manon = views.items.find((a) => a.student.name === "Manon Leroy")!;
    expect(manon.scoreAverage).toBe(3.5);
    const cards = await getScorecards(colleague, manon.id);
    expect(JSON.stringify(cards)).toContain("Très à l'aise à l'oral");
  });

  it("give the mobile offer its own criteria and questions no one answered yet, and Numeria two templates", async () => {
    const offer = await db.offer.findFirstOrThrow({ where: { title: "Stage développement mobile React Native" } });
    expect(await db.offerQuestion.count({ where: { offerId: offer.id, required: true } })).toBe(1);
    expect(await db.offerScorecard.findUnique({ where: { offerId: offer.id } })).not.toBeNull();
    const rh = await actorOf("rh@numeria.demo.stagiaire.app");
    const templates = await listRejectionTemplates(rh, rh.enterprise!.id);
    expect(JSON.stringify(templates)).toContain("Après entretien");
  });
});
