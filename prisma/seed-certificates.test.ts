import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { checkCredential } from "@/lib/documents/certificates/check-credential";
import { lookUpCertificate } from "@/lib/documents/certificates/look-up-certificate";
import { seedDemoData } from "./seed";

beforeAll(async () => {
  await seedDemoData(db as never);
}, 120_000);

describe("the demo certificate", () => {
  it("is issued for the completed demo internship, valid, and issued once however often the seed runs", async () => {
    const completed = await db.internship.findFirstOrThrow({ where: { status: "COMPLETED" }, select: { id: true } });
    const certificate = await db.certificate.findUniqueOrThrow({
      where: { internshipId_kind: { internshipId: completed.id, kind: "CERTIFICATE" } },
    });
    const found = await lookUpCertificate(certificate.serial);
    expect(found).toMatchObject({ status: "VALID", holder: { name: expect.any(String) } });
    expect(await checkCredential(certificate.payload)).toEqual({ valid: true, revoked: false });
    await seedDemoData(db as never);
    expect(await db.certificate.count()).toBe(1);
  });
});
