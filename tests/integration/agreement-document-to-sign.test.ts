import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as pdfRoute } from "@/app/api/v1/agreements/[id]/pdf/route";
import { PUT as putRoute } from "@/app/api/v1/agreements/[id]/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { storeDocumentToSign } from "@/lib/agreements/store-document-to-sign";
import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import { storeAgreementDocumentToSign } from "@/inngest/functions/agreement-pdf";
import { agreementWorld } from "@/tests/helpers/agreements";
import { settleWorkflows } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { PASSWORD } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const signBody = { password: PASSWORD, typedName: "Signer Name", consent: true };

/** The versions of the agreement's signing document, oldest first, with their stored bytes. */
async function signingVersions(agreementId: string) {
  const { signingDocumentId } = await db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
  if (!signingDocumentId) return [];
  const versions = await db.documentVersion.findMany({
    where: { documentId: signingDocumentId },
    orderBy: { version: "asc" },
  });
  return Promise.all(versions.map(async (v) => ({ ...v, bytes: (await fileStorage().get(v.storageKey))! })));
}

/** GET /agreements/{id}/pdf with a query, as the caller of `headers`. */
async function readPdf(id: string, headers: Record<string, string>, query = "") {
  const response = await pdfRoute(
    new Request(`http://localhost:3000/api/v1/agreements/${id}/pdf${query}`, {
      headers: { "x-forwarded-for": "203.0.113.7", ...headers },
    }),
    { params: Promise.resolve({ id }) },
  );
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    sha256: response.headers.get("x-content-sha256"),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

describe("the document to sign, stored at submission", () => {
  it("is the exact PDF each signer signs: its stored bytes hash to what every signature records", async () => {
    const w = await agreementWorld({ submit: true });
    await settleWorkflows();
    const [stored, ...more] = await signingVersions(w.id);
    expect(more).toHaveLength(0);
    expect(stored!.contentType).toBe("application/pdf");
    expect(sha256(stored!.bytes)).toBe(stored!.sha256);
    const agreement = await db.agreement.findUniqueOrThrow({ where: { id: w.id } });
    expect(stored!.sha256).toBe(agreement.contentSha256);
    // What the signer reads is what is stored.
    const read = await readPdf(w.id, w.student.headers);
    expect(read.sha256).toBe(stored!.sha256);
    expect(sha256(read.bytes)).toBe(stored!.sha256);

    expect(
      (await callRoute(signRoute, { params: { id: w.id }, body: signBody, headers: w.student.headers })).status,
    ).toBe(200);
    await settleWorkflows();
    const signed = await db.agreementStep.findFirstOrThrow({ where: { agreementId: w.id, order: 1 } });
    expect(signed.documentSha256).toBe(stored!.sha256);
    // Later turns store nothing more.
    expect(await signingVersions(w.id)).toHaveLength(1);
    const document = await db.document.findUniqueOrThrow({ where: { id: stored!.documentId } });
    expect(document).toMatchObject({ kind: "AGREEMENT", ownerId: w.student.user.id, status: "VALIDATED" });
  });

  it("a retried or concurrent step stores one version", async () => {
    const w = await agreementWorld({ submit: true });
    await settleWorkflows();
    const first = await signingVersions(w.id);
    const event = { name: "convention.turn", data: { agreementId: w.id, stepId: "-" } };
    const step = { run: <T>(_id: string, fn: () => Promise<T>) => fn() };
    await storeAgreementDocumentToSign.handler({ event, step } as never);
    const again = await storeDocumentToSign(w.id);
    expect(again).toMatchObject({ stored: true, created: false, versionId: first[0]!.id });
    // From scratch, two runs at once: one stores, the other finds it.
    await db.agreement.update({ where: { id: w.id }, data: { signingDocumentId: null } });
    const both = await Promise.all([storeDocumentToSign(w.id), storeDocumentToSign(w.id)]);
    expect(both.filter((r) => r.stored && r.created)).toHaveLength(1);
    const { signingDocumentId } = await db.agreement.findUniqueOrThrow({ where: { id: w.id } });
    expect(both.every((r) => r.stored && r.documentId === signingDocumentId)).toBe(true);
    expect(await db.documentVersion.count({ where: { documentId: signingDocumentId! } })).toBe(1);
  });

  it("a submission after a change stores its own version; the earlier one stays with its hash", async () => {
    const w = await agreementWorld({ submit: true });
    await settleWorkflows();
    await callRoute(signRoute, { params: { id: w.id }, body: signBody, headers: w.student.headers });
    const changed = await callRoute(putRoute, {
      method: "PUT",
      params: { id: w.id },
      body: { place: "Villeurbanne" },
      headers: w.student.headers,
    });
    expect(changed.status).toBe(200);
    // Back in draft: nothing to store.
    expect(await storeDocumentToSign(w.id)).toEqual({ stored: false, skipped: "notSigning" });
    expect((await callRoute(submitRoute, { params: { id: w.id }, body: {}, headers: w.student.headers })).status).toBe(
      200,
    );
    await settleWorkflows();
    const versions = await signingVersions(w.id);
    expect(versions).toHaveLength(2);
    expect(versions[0]!.sha256).not.toBe(versions[1]!.sha256);
    expect(versions.every((v) => sha256(v.bytes) === v.sha256)).toBe(true);
    await callRoute(signRoute, { params: { id: w.id }, body: signBody, headers: w.student.headers });
    const resigned = await db.agreementStep.findFirstOrThrow({ where: { agreementId: w.id, order: 1 } });
    expect(resigned.documentSha256).toBe(versions[1]!.sha256);
    // The voided signature's document is still there, under the hash it recorded (in the audit log).
    const voided = await db.auditLog.findFirstOrThrow({
      where: { entityId: w.id, action: "agreement.signatures-voided" },
    });
    expect((voided.before as { documentSha256: string }[])[0]!.documentSha256).toBe(versions[0]!.sha256);
  });

  it("shows each party the document a signature signed, by its hash; others see nothing and reads write nothing", async () => {
    const w = await agreementWorld({ submit: true });
    await settleWorkflows();
    await callRoute(signRoute, { params: { id: w.id }, body: signBody, headers: w.student.headers });
    await settleWorkflows();
    const { documentSha256 } = await db.agreementStep.findFirstOrThrow({ where: { agreementId: w.id, order: 1 } });
    const other = await agreementWorld();
    await settleWorkflows();
    const rows = async () => [await db.document.count(), await db.documentVersion.count(), await db.auditLog.count()];
    const before = await rows();
    for (const headers of [w.student.headers, w.enterprise.headers, w.admin.headers]) {
      const signed = await readPdf(w.id, headers, `?signed=${documentSha256}`);
      expect(signed.status).toBe(200);
      expect(signed.type).toBe("application/pdf");
      expect(signed.sha256).toBe(documentSha256);
      expect(sha256(signed.bytes)).toBe(documentSha256);
    }
    const outside = await readPdf(w.id, other.student.headers, `?signed=${documentSha256}`);
    expect(outside.status).toBe(404);
    expect(outside.type).toContain("application/problem+json");
    expect((await readPdf(w.id, {}, `?signed=${documentSha256}`)).status).toBe(401);
    const unknown = await readPdf(w.id, w.student.headers, `?signed=${"0".repeat(64)}`);
    expect(unknown.status).toBe(404);
    for (const bad of ["not-a-hash", "a".repeat(63), "g".repeat(64), ""]) {
      const refused = await readPdf(w.id, w.student.headers, `?signed=${bad}`);
      expect(refused.status, bad).toBe(bad === "" ? 404 : 400);
      expect(refused.type).toContain("application/problem+json");
    }
    expect(await rows()).toEqual(before);
  });
});
