import { createHash } from "node:crypto";
import { extractText } from "unpdf";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as proposeRoute } from "@/app/api/v1/agreements/[id]/amendments/route";
import { POST as signAmendmentRoute } from "@/app/api/v1/agreements/[id]/amendments/[amendmentId]/sign/route";
import { GET as pdfRoute } from "@/app/api/v1/agreements/[id]/pdf/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { storeAmendedAgreementPdf } from "@/inngest/functions/agreement-pdf";
import { storeAmendedPdf } from "@/lib/agreements/store-amended-pdf";
import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import { agreementWorld } from "@/tests/helpers/agreements";
import { settleWorkflows } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { PASSWORD } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Headers = Record<string, string>;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const body = { password: PASSWORD, typedName: "Signer Name", consent: true };

async function validated() {
  const w = await agreementWorld({ submit: true });
  for (const headers of [w.student.headers, w.enterprise.headers, w.admin.headers]) {
    expect((await callRoute(signRoute, { params: { id: w.id }, body, headers })).status).toBe(200);
  }
  await settleWorkflows();
  return w;
}

async function amend(w: Awaited<ReturnType<typeof validated>>, change: Record<string, unknown>) {
  const proposed = await callRoute(proposeRoute, { params: { id: w.id }, body: change, headers: w.enterprise.headers });
  expect(proposed.status).toBe(201);
  const amendmentId = (proposed.body as { id: string }).id;
  for (const headers of [w.student.headers, w.enterprise.headers, w.admin.headers] as Headers[]) {
    const signed = await callRoute(signAmendmentRoute, { params: { id: w.id, amendmentId }, body, headers });
    expect(signed.status).toBe(200);
  }
  await settleWorkflows();
  return amendmentId;
}

async function served(id: string, headers: Headers) {
  const response = await pdfRoute(new Request(`http://localhost:3000/api/v1/agreements/${id}/pdf`, { headers }), {
    params: Promise.resolve({ id }),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = (await extractText(bytes.slice(), { mergePages: true })).text.replace(/\s+/g, " ");
  return { bytes, text, header: response.headers.get("x-content-sha256") };
}

const versions = async (id: string) => {
  const { documentId } = await db.agreement.findUniqueOrThrow({ where: { id }, select: { documentId: true } });
  return db.documentVersion.findMany({ where: { documentId: documentId! }, orderBy: { version: "asc" } });
};

describe("an amended agreement's PDF", () => {
  it("is rendered again with its « Avenants », its SHA-256 becomes the agreement's, and the original stays verifiable", async () => {
    const w = await validated();
    const original = await db.agreement.findUniqueOrThrow({ where: { id: w.id } });
    const [first] = await versions(w.id);
    expect(first).toBeDefined();
    const signedHash = original.contentSha256!;

    await amend(w, { place: "Villeurbanne, France" });
    const after = await versions(w.id);
    expect(after).toHaveLength(2);
    // The original version and its file are kept as they were.
    expect(after[0]).toMatchObject({ id: first.id, sha256: first.sha256 });
    expect(sha256((await fileStorage().get(after[0].storageKey))!)).toBe(first.sha256);
    const agreement = await db.agreement.findUniqueOrThrow({ where: { id: w.id } });
    expect(agreement.place).toBe("Villeurbanne, France");
    expect(agreement.contentSha256).toBe(after[1].sha256);
    expect(agreement.contentSha256).not.toBe(signedHash);
    // Each signature keeps the hash of the document it signed.
    const steps = await db.agreementStep.findMany({ where: { agreementId: w.id } });
    expect(steps.map((s) => s.documentSha256)).toEqual(steps.map(() => signedHash));

    const pdf = await served(w.id, w.student.headers);
    expect(sha256(pdf.bytes)).toBe(agreement.contentSha256);
    expect(pdf.header).toBe(agreement.contentSha256);
    expect(pdf.text).toContain("Avenants");
    expect(pdf.text).toMatch(/Avenant 1 — signé le \d{4}-\d\d-\d\d/);
    expect(pdf.text).toMatch(/Lieu : .+ → Villeurbanne, France/);
    const signatories = pdf.text.slice(pdf.text.indexOf("Signé par :"));
    expect(signatories).toMatch(/^Signé par : Étudiant/);
    expect(signatories.match(/ — [^;]+ \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)/g)).toHaveLength(3);
    // The original signed hash is still printed, for verification of the original.
    expect(pdf.text.replace(/ /g, "")).toContain(signedHash);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: w.id, action: "agreement.pdf-amended" } });
    expect(audit.before).toMatchObject({ contentSha256: signedHash });
    expect(audit.after).toMatchObject({ contentSha256: agreement.contentSha256 });
  });

  it("lists every amendment, and a retried or repeated run stores no version twice", async () => {
    const w = await validated();
    await amend(w, { place: "Villeurbanne, France" });
    await amend(w, { stipendAmount: 1200 });
    const stored = await versions(w.id);
    expect(stored).toHaveLength(3);
    const step = { run: <T>(_id: string, fn: () => Promise<T>) => fn() };
    const event = { name: "amendment.signed", data: { agreementId: w.id, amendmentId: "x" } };
    await storeAmendedAgreementPdf.handler({ event: event as never, step });
    expect(await storeAmendedPdf(w.id)).toEqual({ versionId: null });
    expect(await versions(w.id)).toHaveLength(3);

    const pdf = await served(w.id, w.admin.headers);
    expect(pdf.text).toMatch(/Avenant 1 — signé le/);
    expect(pdf.text).toMatch(/Avenant 2 — signé le/);
    expect(pdf.text).toMatch(/Gratification : 900(,00)? EUR → 1 ?200(,00)? EUR/);
    expect((await db.agreement.findUniqueOrThrow({ where: { id: w.id } })).contentSha256).toBe(stored[2].sha256);
  });
});
