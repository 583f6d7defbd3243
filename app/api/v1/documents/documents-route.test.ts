import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { notifyDocumentReviewed, notifyDocumentUploaded } from "@/lib/documents/notify-document";
import { purgeDeletedDocuments } from "@/lib/documents/purge-deleted-documents";
import { internshipWithParties, PDF_BYTES, universityWithStaff } from "@/tests/helpers/internship-evaluations";
import { GET as download } from "./[id]/download/route";
import { DELETE as remove, GET as read } from "./[id]/route";
import { POST as decide } from "./[id]/validate/route";
import { GET as list } from "./internship/[id]/route";
import { POST as upload } from "./upload/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

// Uploads of this file land in a folder of its own, read back to prove what is stored and purged.
const dataDir = mkdtempSync(path.join(tmpdir(), "documents-route-"));
process.env.DATA_DIR = dataDir;
const storedFiles = () => {
  const root = path.join(dataDir, "uploads");
  try {
    return readdirSync(root).flatMap((month) => readdirSync(path.join(root, month))).length;
  } catch {
    return 0;
  }
};

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const PDF_V2 = new TextEncoder().encode("%PDF-1.4\n% version 2\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

type Headers = Record<string, string>;
type University = Awaited<ReturnType<typeof universityWithStaff>>;
type Internship = Awaited<ReturnType<typeof internshipWithParties>>;
let uni: University;
let otherUni: University;
let internship: Internship;
let foreign: Internship;

beforeAll(async () => {
  uni = await universityWithStaff();
  otherUni = await universityWithStaff();
  internship = await internshipWithParties(uni);
  foreign = await internshipWithParties(otherUni);
});
beforeEach(async () => {
  await db.rateLimit.deleteMany();
});
afterEach(() => {
  vi.useRealTimers();
});

const url = (p: string) => `http://localhost:3000/api/v1${p}`;
const params = <P>(p: P) => ({ params: Promise.resolve(p) as Promise<never> });
const json = async (response: Response) => ({ status: response.status, body: await response.json() });

async function send(
  headers: Headers,
  fields: Record<string, string>,
  file?: { bytes: Uint8Array; name: string; type?: string },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set("file", new File([file.bytes as BlobPart], file.name, { type: file.type ?? "application/pdf" }));
  return json(await upload(new Request(url("/documents/upload"), { method: "POST", headers, body: form }), params({})));
}
const getDocument = async (headers: Headers, id: string) =>
  json(await read(new Request(url(`/documents/${id}`), { headers }), params({ id })));
const fetchPath = (relative: string, headers: Headers = {}) => {
  const id = /\/documents\/([^/]+)\/download/.exec(relative)![1]!;
  return download(new Request(`http://localhost:3000${relative}`, { headers }), params({ id }));
};
const review = async (headers: Headers, id: string, body: unknown) =>
  json(
    await decide(
      new Request(url(`/documents/${id}/validate`), {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      params({ id }),
    ),
  );
const counts = async () => ({
  documents: await db.document.count(),
  versions: await db.documentVersion.count(),
  // Only this slice's events: workflows of earlier uploads record their own (e-mails) in the background.
  events: await db.outboxEvent.count({ where: { name: { startsWith: "document." } } }),
  files: storedFiles(),
});

async function insurance(owner = internship) {
  const { status, body } = await send(
    owner.student.headers,
    { internshipId: owner.internshipId, kind: "INSURANCE_CERTIFICATE" },
    { bytes: PDF_BYTES, name: "assurance.pdf" },
  );
  expect(status).toBe(201);
  return body as { id: string; versionId: string; version: number; sha256: string };
}

describe("uploading an internship document", () => {
  it("refuses a file whose bytes are not of an accepted type, whatever its name and declared type, and stores nothing", async () => {
    const before = await counts();
    const fake = new TextEncoder().encode("#!/bin/sh\necho not a pdf\n");
    const { status, body } = await send(
      internship.student.headers,
      { internshipId: internship.internshipId, kind: "INSURANCE_CERTIFICATE" },
      { bytes: fake, name: "assurance.pdf", type: "application/pdf" },
    );
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ field: "file", code: "fileType" })]);
    expect(await counts()).toEqual(before);
  });

  it("takes an image for an insurance certificate, by its bytes (a PNG named .pdf is stored as a PNG)", async () => {
    const { status, body } = await send(
      internship.student.headers,
      { internshipId: internship.internshipId, kind: "INSURANCE_CERTIFICATE", title: "Assurance RC" },
      { bytes: PNG, name: "scan.pdf" },
    );
    expect(status).toBe(201);
    const version = await db.documentVersion.findUniqueOrThrow({ where: { id: body.versionId } });
    expect(version.contentType).toBe("image/png");
    expect(version.storageKey).not.toContain("scan");
  });

  it.each([
    ["an unknown kind", { kind: "CV" }, "kind"],
    ["no kind", { kind: "" }, "kind"],
    ["another student's document as the previous version", { documentId: "foreign" }, "documentId"],
  ])("answers 400 for %s and changes nothing", async (_label, fields, field) => {
    const foreignDoc = await insurance(foreign);
    const before = await counts();
    const values: Record<string, string> = { internshipId: internship.internshipId, kind: "OTHER", ...fields };
    if (values.documentId === "foreign") values.documentId = foreignDoc.id;
    const { status, body } = await send(internship.student.headers, values as Record<string, string>, {
      bytes: PDF_BYTES,
      name: "x.pdf",
    });
    expect(status).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("answers 400 without a file, 404 for another student's internship, 403 for a non-student; nothing written", async () => {
    const before = await counts();
    const fields = { internshipId: internship.internshipId, kind: "OTHER" };
    expect((await send(internship.student.headers, fields)).status).toBe(400);
    const other = await send(foreign.student.headers, fields, { bytes: PDF_BYTES, name: "x.pdf" });
    expect(other.status).toBe(404);
    const staff = await send(uni.supervisor.headers, fields, { bytes: PDF_BYTES, name: "x.pdf" });
    expect(staff.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("keeps the history: a new upload of the same document is its next version, pending review again", async () => {
    const first = await insurance();
    await db.document.update({ where: { id: first.id }, data: { status: "REJECTED", rejectionReason: "Illisible" } });
    const { status, body } = await send(
      internship.student.headers,
      { internshipId: internship.internshipId, kind: "INSURANCE_CERTIFICATE", documentId: first.id },
      { bytes: PDF_V2, name: "assurance-2.pdf" },
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({ id: first.id, version: 2 });
    const document = await getDocument(internship.student.headers, first.id);
    expect(document.body.status).toBe("PENDING");
    expect(document.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(document.body.versions[1].sha256).toBe(first.sha256);
    expect(document.body.versions[0].sha256).not.toBe(first.sha256);
    // Each version is still downloadable, through its own signed link.
    const old = await fetchPath(document.body.versions[1].download.url);
    expect(new Uint8Array(await old.arrayBuffer())).toEqual(PDF_BYTES);
    const latest = await fetchPath(document.body.versions[0].download.url);
    expect(new Uint8Array(await latest.arrayBuffer())).toEqual(PDF_V2);
    expect(
      await db.outboxEvent.count({
        where: { name: "document.uploaded", data: { path: ["documentId"], equals: first.id } },
      }),
    ).toBe(2);
  });
});

describe("reading and downloading", () => {
  it("lists the internship's documents for its parties, and reads as not found to anyone outside it", async () => {
    const doc = await insurance();
    for (const headers of [
      internship.student.headers,
      internship.enterpriseAdmin.headers,
      uni.supervisor.headers,
      uni.admin.headers,
    ]) {
      const answer = await json(
        await list(
          new Request(url(`/documents/internship/${internship.internshipId}`), { headers }),
          params({ id: internship.internshipId }),
        ),
      );
      expect(answer.status).toBe(200);
      expect(answer.body.items.map((d: { id: string }) => d.id)).toContain(doc.id);
    }
    for (const headers of [foreign.student.headers, foreign.enterpriseAdmin.headers, otherUni.supervisor.headers]) {
      expect((await getDocument(headers, doc.id)).status).toBe(404);
      expect((await fetchPath(`/api/v1/documents/${doc.id}/download`, headers)).status).toBe(404);
      const answer = await list(
        new Request(url(`/documents/internship/${internship.internshipId}`), { headers }),
        params({ id: internship.internshipId }),
      );
      expect(answer.status).toBe(404);
    }
    expect((await fetchPath(`/api/v1/documents/${doc.id}/download`)).status).toBe(404);
  });

  it("sends a reader on to a signed link, which works without signing in until it expires, then answers 403", async () => {
    const doc = await insurance();
    const start = new Date();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
    const redirect = await fetchPath(`/api/v1/documents/${doc.id}/download`, internship.enterpriseAdmin.headers);
    expect(redirect.status).toBe(303);
    const signed = redirect.headers.get("location")!;
    expect(signed).toMatch(new RegExp(`^/api/v1/documents/${doc.id}/download\\?v=${doc.versionId}&expires=\\d+&sig=`));

    const file = await fetchPath(signed);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF_BYTES);
    expect(file.headers.get("digest")).toBe(`sha-256=${Buffer.from(doc.sha256, "hex").toString("base64")}`);

    // Altered: another version id, another expiry, another signature.
    for (const altered of [
      signed.replace(doc.versionId, "cversion000000000000000000"),
      signed.replace(/expires=(\d+)/, (_, e: string) => `expires=${Number(e) + 3600}`),
      signed.replace(/sig=.{4}/, "sig=AAAA"),
    ]) {
      const answer = await fetchPath(altered);
      expect(answer.status).toBe(403);
      expect((await answer.json()).title).toBe("This download link is not valid.");
    }

    vi.setSystemTime(new Date(start.getTime() + 301_000));
    const expired = await fetchPath(signed);
    expect(expired.status).toBe(403);
    expect(expired.headers.get("content-type")).toContain("application/problem+json");
    expect((await expired.json()).title).toMatch(/^This download link has expired/);
  });

  it("gives each version a signed link in GET /documents/{id}", async () => {
    const doc = await insurance();
    const { status, body } = await getDocument(uni.supervisor.headers, doc.id);
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "INSURANCE_CERTIFICATE", status: "PENDING", canReview: true, mine: false });
    const expiresIn = new Date(body.versions[0].download.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(250_000);
    expect(expiresIn).toBeLessThanOrEqual(300_000);
    expect((await fetchPath(body.versions[0].download.url)).status).toBe(200);
  });
});

describe("validating and rejecting", () => {
  it("needs a reason to reject, and leaves the document pending without one", async () => {
    const doc = await insurance();
    const before = await counts();
    for (const body of [{ decision: "REJECTED" }, { decision: "REJECTED", reason: "   " }]) {
      const answer = await review(uni.supervisor.headers, doc.id, body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ field: "reason", code: "documentRejectionReason" }),
      ]);
    }
    expect((await review(uni.supervisor.headers, doc.id, { decision: "MAYBE" })).status).toBe(400);
    expect(await counts()).toEqual(before);
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).status).toBe("PENDING");
  });

  it("rejects with a reason the owner is told, by the app and by e-mail, once", async () => {
    const doc = await insurance();
    const answer = await review(uni.supervisor.headers, doc.id, {
      decision: "REJECTED",
      reason: "Attestation expirée",
    });
    expect(answer).toEqual({ status: 200, body: { id: doc.id, status: "REJECTED", reason: "Attestation expirée" } });
    expect(
      await db.outboxEvent.count({
        where: { name: "document.rejected", data: { path: ["documentId"], equals: doc.id } },
      }),
    ).toBe(1);
    expect(await notifyDocumentReviewed(doc.id)).toEqual({ told: 1 });
    expect(await notifyDocumentReviewed(doc.id)).toEqual({ told: 0 });
    const told = await db.notification.findMany({ where: { userId: internship.student.user.id, type: "documents" } });
    expect(told.filter((n) => n.body.includes("Attestation expirée"))).toHaveLength(1);
    const mail = await db.emailMessage.findMany({
      where: { to: internship.student.user.email, template: "documentNotification" },
    });
    expect(mail.some((m) => m.text.includes("Attestation expirée"))).toBe(true);
    // Decided: a second decision is a conflict.
    expect((await review(uni.admin.headers, doc.id, { decision: "VALIDATED" })).status).toBe(409);
  });

  it("validates (document.validated, the owner told); other parties are refused, outsiders read not found", async () => {
    const doc = await insurance();
    expect((await review(internship.student.headers, doc.id, { decision: "VALIDATED" })).status).toBe(403);
    expect((await review(internship.enterpriseAdmin.headers, doc.id, { decision: "VALIDATED" })).status).toBe(403);
    expect((await review(otherUni.supervisor.headers, doc.id, { decision: "VALIDATED" })).status).toBe(404);
    expect((await review(otherUni.admin.headers, doc.id, { decision: "VALIDATED" })).status).toBe(404);
    const answer = await review(uni.admin.headers, doc.id, { decision: "VALIDATED" });
    expect(answer.body).toMatchObject({ status: "VALIDATED", reason: null });
    expect(
      await db.outboxEvent.count({
        where: { name: "document.validated", data: { path: ["documentId"], equals: doc.id } },
      }),
    ).toBe(1);
    expect(await notifyDocumentReviewed(doc.id)).toEqual({ told: 1 });
  });

  it("tells the owner an upload was received and the supervisor it awaits review, once each", async () => {
    const doc = await insurance();
    expect(await notifyDocumentUploaded(doc.id, doc.versionId)).toEqual({ told: 2 });
    expect(await notifyDocumentUploaded(doc.id, doc.versionId)).toEqual({ told: 0 });
    const supervisorNote = await db.notification.findFirst({
      where: { userId: uni.supervisor.user.id, type: "documents", data: { path: ["documentId"], equals: doc.id } },
    });
    expect(supervisorNote?.link).toBe(`/internships/${internship.internshipId}#documents`);
  });
});

describe("deletion and retention", () => {
  it("lets the owner delete a pending document: gone at once (signed links too), its files purged after the retention period", async () => {
    const doc = await insurance();
    const { body } = await getDocument(internship.student.headers, doc.id);
    const signed = body.versions[0].download.url as string;
    const storageKey = (await db.documentVersion.findUniqueOrThrow({ where: { id: doc.versionId } })).storageKey;

    expect(
      (
        await remove(
          new Request(url(`/documents/${doc.id}`), { method: "DELETE", headers: internship.enterpriseAdmin.headers }),
          params({ id: doc.id }),
        )
      ).status,
    ).toBe(403);
    const deleted = await remove(
      new Request(url(`/documents/${doc.id}`), { method: "DELETE", headers: internship.student.headers }),
      params({ id: doc.id }),
    );
    expect(deleted.status).toBe(204);
    expect((await getDocument(internship.student.headers, doc.id)).status).toBe(404);
    expect((await fetchPath(signed)).status).toBe(404);

    // Within the retention period the file stays; after it, files and rows go.
    expect(await purgeDeletedDocuments()).toMatchObject({ documents: 0 });
    const { fileStorage } = await import("@/lib/core/storage");
    expect(await fileStorage().get(storageKey)).not.toBeNull();
    await db.document.update({ where: { id: doc.id }, data: { deletedAt: new Date(Date.now() - 31 * 86_400_000) } });
    expect(await purgeDeletedDocuments()).toMatchObject({ documents: 1, files: 1 });
    expect(await fileStorage().get(storageKey)).toBeNull();
    expect(await db.document.findUnique({ where: { id: doc.id } })).toBeNull();
  });

  it("keeps a validated document (409) and answers 404 to outsiders", async () => {
    const doc = await insurance();
    await review(uni.supervisor.headers, doc.id, { decision: "VALIDATED" });
    const kept = await remove(
      new Request(url(`/documents/${doc.id}`), { method: "DELETE", headers: internship.student.headers }),
      params({ id: doc.id }),
    );
    expect(kept.status).toBe(409);
    expect((await kept.json()).title).toMatch(/^A validated document stays/);
    const outsider = await remove(
      new Request(url(`/documents/${doc.id}`), { method: "DELETE", headers: foreign.student.headers }),
      params({ id: doc.id }),
    );
    expect(outsider.status).toBe(404);
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).deletedAt).toBeNull();
  });
});
