import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { decideVerification } from "./decide-verification";
import { listVerificationQueue } from "./list-verification-queue";
import { requestVerification } from "./request-verification";
import { uploadEnterpriseLogo } from "./upload-enterprise-logo";
import { fieldCodes } from "@/tests/helpers/field-codes";

const dataDir = mkdtempSync(path.join(tmpdir(), "enterprise-verification-"));
process.env.DATA_DIR = dataDir;

const PDF = {
  bytes: new TextEncoder().encode("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"),
  fileName: "kbis.pdf",
};
const pdfOf = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(PDF.bytes);
  return { bytes, fileName: "kbis.pdf" };
};
const PNG = {
  bytes: Uint8Array.from(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    ),
  ),
  fileName: "logo.png",
};
const TEXT = { bytes: new TextEncoder().encode("just some text, not a document"), fileName: "statuts.pdf" };

const actorOf = async (userId: string): Promise<Actor> => (await loadActor(userId))!;
const storedFiles = () =>
  existsSync(path.join(dataDir, "uploads"))
    ? readdirSync(path.join(dataDir, "uploads"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
        .length
    : 0;
const documentRows = async (enterpriseId: string) => ({
  documents: await db.document.count({ where: { enterpriseId } }),
  verifications: await db.enterpriseVerification.count({ where: { enterpriseId } }),
});

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A new enterprise with an admin (and optionally a recruiter), as actors. */
async function enterprise() {
  const admin = await createUser("ENTERPRISE");
  const enterpriseId = (await db.enterpriseMember.findFirstOrThrow({ where: { userId: admin.id } })).enterpriseId;
  const recruiter = await createUser("ENTERPRISE", { enterpriseId });
  await db.enterpriseMember.updateMany({ where: { userId: recruiter.id }, data: { role: "RECRUITER" } });
  return {
    enterpriseId,
    admin: await actorOf(admin.id),
    recruiter: await actorOf(recruiter.id),
    adminEmail: admin.email,
  };
}

let sysAdmin: Actor;
beforeAll(async () => {
  sysAdmin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
});

describe("requesting verification", () => {
  it("stores the documents, links them to a PENDING request and records the event", async () => {
    const { enterpriseId, admin } = await enterprise();
    const { verificationId } = await requestVerification(admin, {
      registrationNumber: " 123 456 789 RCS Lyon ",
      documents: [PDF, PNG],
    });
    const enterpriseRow = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } });
    expect(enterpriseRow).toMatchObject({ verificationStatus: "PENDING", registrationNumber: "123 456 789 RCS Lyon" });
    const documents = await db.document.findMany({ where: { verificationId }, include: { versions: true } });
    expect(documents.map((d) => [d.kind, d.enterpriseId, d.versions[0]?.contentType]).sort()).toEqual([
      ["ENTERPRISE_REGISTRATION", enterpriseId, "application/pdf"],
      ["ENTERPRISE_REGISTRATION", enterpriseId, "image/png"],
    ]);
    const event = await db.outboxEvent.findFirst({
      where: { name: "enterprise.verification-requested", data: { equals: { enterpriseId, verificationId } } },
    });
    expect(event).not.toBeNull();
  });

  it("refuses a file that is neither PDF nor image, and stores nothing at all", async () => {
    const { enterpriseId, admin } = await enterprise();
    const [before, files] = [await documentRows(enterpriseId), storedFiles()];
    const error = await failure(
      requestVerification(admin, { registrationNumber: "123456789", documents: [PDF, TEXT] }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(fieldCodes(error)).toEqual({ documents: "fileType" });
    expect(await documentRows(enterpriseId)).toEqual(before);
    expect(storedFiles()).toBe(files);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } })).verificationStatus).toBe(
      "UNVERIFIED",
    );
  });

  it.each([
    ["no document", { registrationNumber: "123456789", documents: [] }, { documents: "filesRequired" }],
    ["six documents", { registrationNumber: "123456789", documents: Array(6).fill(PDF) }, { documents: "tooMany" }],
    [
      "three 8 MB documents (24 MB in all)",
      { registrationNumber: "123456789", documents: Array(3).fill(pdfOf(8 * 1024 * 1024)) },
      { documents: "filesTooLarge" },
    ],
    ["no number", { documents: [PDF] }, { registrationNumber: "required" }],
    [
      "a number with markup",
      { registrationNumber: "<b>123</b>", documents: [PDF] },
      { registrationNumber: "registrationNumber" },
    ],
  ])("refuses %s", async (_name, input, fieldErrors) => {
    const { enterpriseId, admin } = await enterprise();
    const before = await documentRows(enterpriseId);
    expect(fieldCodes(await failure(requestVerification(admin, input)))).toEqual(fieldErrors);
    expect(await documentRows(enterpriseId)).toEqual(before);
  });

  it("refuses a second request while one is pending (409), writing nothing", async () => {
    const { enterpriseId, admin } = await enterprise();
    await requestVerification(admin, { registrationNumber: "123456789", documents: [PDF] });
    const before = await documentRows(enterpriseId);
    expect(
      (await failure(requestVerification(admin, { registrationNumber: "987654321", documents: [PDF] }))).code,
    ).toBe("CONFLICT");
    expect(await documentRows(enterpriseId)).toEqual(before);
  });

  it("is for the enterprise's admins: a recruiter is refused", async () => {
    const { enterpriseId, recruiter } = await enterprise();
    expect(
      (await failure(requestVerification(recruiter, { registrationNumber: "123456789", documents: [PDF] }))).code,
    ).toBe("FORBIDDEN");
    expect(await documentRows(enterpriseId)).toEqual({ documents: 0, verifications: 0 });
  });
});

describe("deciding", () => {
  it("only system admins see the queue, oldest request first, with its documents", async () => {
    const { admin, recruiter } = await enterprise();
    const older = await enterprise();
    await requestVerification(older.admin, { registrationNumber: "OLD-1", documents: [PDF] });
    await requestVerification(admin, { registrationNumber: "NEW-2", documents: [PDF, PNG] });
    expect((await failure(listVerificationQueue(recruiter))).code).toBe("FORBIDDEN");
    const queue = await listVerificationQueue(sysAdmin, { limit: 100 });
    const numbers = queue.items.map((item) => item.registrationNumber);
    expect(numbers.indexOf("OLD-1")).toBeLessThan(numbers.indexOf("NEW-2"));
    expect(queue.items.find((item) => item.registrationNumber === "NEW-2")?.documents).toHaveLength(2);
  });

  it("a rejection needs a reason and is mailed to the admins; then the enterprise may ask again", async () => {
    const { enterpriseId, admin, adminEmail } = await enterprise();
    await requestVerification(admin, { registrationNumber: "123456789", documents: [PDF] });
    const error = await failure(decideVerification(sysAdmin, enterpriseId, { decision: "REJECT", reason: "  " }));
    expect(fieldCodes(error)).toEqual({ reason: "reasonRequired" });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } })).verificationStatus).toBe("PENDING");

    await decideVerification(sysAdmin, enterpriseId, {
      decision: "REJECT",
      reason: "Le Kbis fourni date de plus de trois mois.",
    });
    const row = await db.enterprise.findUniqueOrThrow({
      where: { id: enterpriseId },
      include: { verifications: true },
    });
    expect(row.verificationStatus).toBe("REJECTED");
    expect(row.verifications[0]).toMatchObject({
      status: "REJECTED",
      reason: "Le Kbis fourni date de plus de trois mois.",
      reviewerId: sysAdmin.userId,
    });
    const email = await db.emailMessage.findFirstOrThrow({
      where: { to: adminEmail, template: "enterprise-rejected" },
    });
    expect(email.text).toContain("Le Kbis fourni date de plus de trois mois.");
    expect(
      await db.outboxEvent.count({
        where: { name: "enterprise.verification-rejected", data: { path: ["enterpriseId"], equals: enterpriseId } },
      }),
    ).toBe(1);

    await requestVerification(admin, { registrationNumber: "123456789", documents: [PDF] });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } })).verificationStatus).toBe("PENDING");
  });

  it("an enterprise without a pending request cannot be decided (409)", async () => {
    const { enterpriseId } = await enterprise();
    expect((await failure(decideVerification(sysAdmin, enterpriseId, { decision: "VERIFY" }))).code).toBe("CONFLICT");
    expect((await failure(decideVerification(sysAdmin, "no-such-enterprise", { decision: "VERIFY" }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("the logo", () => {
  it("is stored as a public LOGO document and becomes the enterprise's logo URL", async () => {
    const { enterpriseId, admin } = await enterprise();
    const first = await uploadEnterpriseLogo(admin, PNG);
    const second = await uploadEnterpriseLogo(admin, { ...PNG, fileName: "new.png" });
    expect(second.logoUrl).toMatch(/^\/api\/v1\/documents\/[^/]+\/download$/);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } })).logoUrl).toBe(second.logoUrl);
    const logos = await db.document.findMany({ where: { enterpriseId, kind: "LOGO", deletedAt: null } });
    expect(logos.map((d) => `/api/v1/documents/${d.id}/download`)).toEqual([second.logoUrl]);
    expect(first.logoUrl).not.toBe(second.logoUrl);
  });

  it("refuses a PDF as a logo and a recruiter's upload, changing nothing", async () => {
    const { enterpriseId, admin, recruiter } = await enterprise();
    expect(fieldCodes(await failure(uploadEnterpriseLogo(admin, PDF)))).toEqual({ file: "fileType" });
    expect((await failure(uploadEnterpriseLogo(recruiter, PNG))).code).toBe("FORBIDDEN");
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } })).logoUrl).toBeNull();
    expect(await db.document.count({ where: { enterpriseId } })).toBe(0);
  });
});
