import { beforeAll, describe, expect, it, vi } from "vitest";
import { documentToSign } from "@/lib/agreements/document-hash";
import { listAgreementsToSign } from "@/lib/agreements/list-agreements-to-sign";
import { listUniversityAgreements } from "@/lib/agreements/list-university-agreements";
import { signAgreement } from "@/lib/agreements/sign-agreement";
import { db } from "@/lib/core/db";
import { loadActor } from "@/lib/identity/actor";
import { DEMO_PASSWORD, seedDemoData } from "./seed";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeAll(async () => {
  await seedDemoData(db as never);
}, 180_000);

const actorByEmail = async (email: string) =>
  (await loadActor((await db.user.findUniqueOrThrow({ where: { email } })).id))!;

describe("the demo agreements", () => {
  it("are in every state on the university's board: draft, signing, refused, validated", async () => {
    const admin = await actorByEmail("universite@demo.stagiaire.app");
    const board = await listUniversityAgreements(admin, admin.university!.id, {});
    const statuses = board.items.map((a: { status: string }) => a.status);
    expect(statuses.filter((s: string) => s === "DRAFT").length).toBeGreaterThanOrEqual(2);
    expect(statuses).toContain("SIGNING");
    expect(statuses).toContain("VALIDATED");
    const refused = await db.agreementStep.findFirstOrThrow({ where: { status: "REFUSED" } });
    expect(refused.refusalReason).toMatch(/dates/);
  });

  it("the one being signed waits for the enterprise, whose signature goes through (its recorded hash is the PDF's)", async () => {
    const signing = await db.agreement.findFirstOrThrow({ where: { status: "SIGNING" }, include: { steps: true } });
    expect(signing.contentSha256).toBe((await documentToSign(db, signing.id)).sha256);
    const enterprise = await actorByEmail("rh@numeria.demo.stagiaire.app");
    expect(await listAgreementsToSign(enterprise)).toEqual([
      expect.objectContaining({ id: signing.id, party: "ENTERPRISE_SIGNATORY" }),
    ]);
    const outcome = await signAgreement(
      enterprise,
      signing.id,
      { password: DEMO_PASSWORD, typedName: "Claire Dubois", consent: true },
      "192.0.2.1",
    );
    expect(outcome).toMatchObject({ status: "SIGNING", signedOrder: 2 });
  });
});
