import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { createUser } from "@/tests/helpers/users";
import { GET as download } from "../documents/[id]/download/route";
import { PUT as uploadCv } from "./[id]/cv/route";
import { GET as read } from "./[id]/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

// Uploads of this file land in a folder of its own, read back to prove nothing was left behind.
const dataDir = mkdtempSync(path.join(tmpdir(), "cv-route-"));
process.env.DATA_DIR = dataDir;
const storedFiles = () => {
  const uploads = path.join(dataDir, "uploads");
  return existsSync(uploads)
    ? readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
    : 0;
};

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const PDF_V2 = new TextEncoder().encode("%PDF-1.7\n% second version of the CV\n%%EOF\n");
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);

async function student() {
  const user = await createUser("STUDENT");
  const { id } = await db.student.findUniqueOrThrow({ where: { userId: user.id } });
  return {
    userId: user.id,
    studentId: id,
    authorization: `Bearer ${await signAccessToken({ id: user.id, role: "STUDENT" })}`,
  };
}

async function put(studentId: string, authorization: string, body: FormData | string, contentType?: string) {
  const request = new Request(`http://localhost:3000/api/v1/students/${studentId}/cv`, {
    method: "PUT",
    headers: { authorization, ...(contentType && { "content-type": contentType }) },
    body,
  });
  const response = await uploadCv(request, { params: Promise.resolve({ id: studentId }) });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

const form = (bytes: Uint8Array | string, name: string, type = "application/pdf") => {
  const data = new FormData();
  data.set("file", new File([bytes as BlobPart], name, { type }));
  return data;
};

const textField = (value: string) => {
  const data = new FormData();
  data.set("file", value);
  return data;
};

const documentRows = async (ownerId: string) => ({
  documents: await db.document.count({ where: { ownerId } }),
  versions: await db.documentVersion.count({ where: { document: { ownerId } } }),
  events: await db.outboxEvent.count({ where: { name: "document.uploaded" } }),
  cv: (await db.student.findFirstOrThrow({ where: { userId: ownerId } })).cvDocumentId,
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("uploading a CV", () => {
  it("stores a PDF with its SHA-256, links it to the profile, and keeps one document across replacements", async () => {
    const me = await student();
    const first = await put(me.studentId, me.authorization, form(PDF, "Mon CV.pdf"));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      version: 1,
      fileName: "Mon CV.pdf",
      size: PDF.byteLength,
      sha256: createHash("sha256").update(PDF).digest("hex"),
    });
    expect((await db.student.findUniqueOrThrow({ where: { id: me.studentId } })).cvDocumentId).toBe(
      first.body.documentId,
    );
    expect(await db.document.findUniqueOrThrow({ where: { id: first.body.documentId } })).toMatchObject({
      kind: "CV",
      ownerId: me.userId,
    });

    const second = await put(me.studentId, me.authorization, form(PDF_V2, "cv-2027.pdf"));
    expect(second.body).toMatchObject({
      documentId: first.body.documentId,
      version: 2,
      sha256: createHash("sha256").update(PDF_V2).digest("hex"),
    });
    expect(await db.document.count({ where: { ownerId: me.userId } })).toBe(1);

    const profile = await read(new Request("http://localhost/x", { headers: { authorization: me.authorization } }), {
      params: Promise.resolve({ id: me.studentId }),
    });
    expect((await profile.json()).cv).toMatchObject({
      documentId: first.body.documentId,
      fileName: "cv-2027.pdf",
      uploadedAt: expect.any(String),
    });
    const redirect = await download(
      new Request("http://localhost/x", { headers: { authorization: me.authorization } }),
      { params: Promise.resolve({ id: first.body.documentId }) },
    );
    // Sent on to a signed short-lived link, which needs no credentials.
    expect(redirect.status).toBe(303);
    const file = await download(new Request(`http://localhost${redirect.headers.get("location")}`), {
      params: Promise.resolve({ id: first.body.documentId }),
    });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF_V2);
  });

  it("refuses a 6 MB PDF with the limit named, and stores nothing", async () => {
    const me = await student();
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PDF);
    const response = await put(me.studentId, me.authorization, form(big, "lourd.pdf"));
    expect(response.status).toBe(413);
    expect(response.body.title).toBe("The file is too large: 5 MB maximum.");
    expect(await documentRows(me.userId)).toMatchObject({ documents: 0, versions: 0 });
  });

  it("stops reading a 40 MB upload sent without a content-length soon after the limit", async () => {
    const me = await student();
    const chunk = new Uint8Array(256 * 1024);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 40 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`http://localhost:3000/api/v1/students/${me.studentId}/cv`, {
      method: "PUT",
      headers: { authorization: me.authorization, "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await uploadCv(request, { params: Promise.resolve({ id: me.studentId }) });
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(7 * 1024 * 1024);
  });

  it.each([
    ["a PNG", () => form(PNG, "photo.png", "image/png")],
    ["a PNG named .pdf", () => form(PNG, "cv.pdf")],
    ["a text file named .pdf", () => form("Je suis un CV, promis.", "cv.pdf")],
    ["an empty file", () => form(new Uint8Array(), "vide.pdf")],
    ["no file at all", () => new FormData()],
    ["a text field instead of a file", () => textField("%PDF-1.4")],
  ])("refuses %s with a 400 and stores nothing", async (_name, body) => {
    const me = await student();
    await put(me.studentId, me.authorization, form(PDF, "premier.pdf"));
    const before = { rows: await documentRows(me.userId), files: storedFiles() };
    const response = await put(me.studentId, me.authorization, body());
    expect(response.status).toBe(400);
    expect(response.type).toBe("application/problem+json");
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: "file" }));
    expect({ rows: await documentRows(me.userId), files: storedFiles() }).toEqual(before);
  });

  it("refuses a body that is not multipart with a 400", async () => {
    const me = await student();
    const response = await put(me.studentId, me.authorization, JSON.stringify({ file: "x" }), "application/json");
    expect(response.status).toBe(400);
    expect(await db.document.count({ where: { ownerId: me.userId } })).toBe(0);
  });

  it("refuses another student's profile with a 403 and stores nothing", async () => {
    const me = await student();
    const them = await student();
    const before = { rows: await documentRows(them.userId), files: storedFiles() };
    const response = await put(them.studentId, me.authorization, form(PDF, "intrus.pdf"));
    expect(response.status).toBe(403);
    expect({ rows: await documentRows(them.userId), files: storedFiles() }).toEqual(before);
    expect(await db.document.count({ where: { ownerId: me.userId } })).toBe(0);
  });
});
