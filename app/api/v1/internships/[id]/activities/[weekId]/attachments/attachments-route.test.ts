import { strToU8, zipSync } from "fflate";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { callRoute } from "@/tests/helpers/call-route";
import { PDF_BYTES } from "@/tests/helpers/internship-evaluations";
import { createInternship, internshipSides, utcDay } from "@/tests/helpers/internships";
import { DELETE as removeDocument } from "../../../../../documents/[id]/route";
import { GET as download } from "../../../../../documents/[id]/download/route";
import { GET as getInternship } from "../../../route";
import { POST as attach } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const MB = 1024 * 1024;
const DOCX = zipSync({
  "[Content_Types].xml": strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  "word/document.xml": strToU8("<w:document/>"),
});
const PNG = Uint8Array.from(
  Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
      "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
    "hex",
  ),
);

type Sides = Awaited<ReturnType<typeof internshipSides>>;
type Internship = Awaited<ReturnType<typeof createInternship>>;
let sides: Sides;
let internship: Internship;
let other: Internship;
let weekId: string;
let otherWeekId: string;

const weekOf = async (internshipId: string) =>
  (await db.activityLog.create({ data: { internshipId, weekStart: utcDay(-7), summary: "Une semaine **chargée**." } }))
    .id;

beforeAll(async () => {
  sides = await internshipSides();
  internship = await createInternship(sides);
  other = await createInternship(sides);
  weekId = await weekOf(internship.internshipId);
  otherWeekId = await weekOf(other.internshipId);
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const written = async () => ({
  documents: await db.document.count(),
  versions: await db.documentVersion.count(),
  events: await db.outboxEvent.count(),
});

function post(
  headers: Record<string, string>,
  files: { bytes: Uint8Array; name: string; type?: string }[],
  ids = { id: internship.internshipId, weekId },
) {
  const form = new FormData();
  for (const f of files) form.append("files", new File([f.bytes as BlobPart], f.name, { type: f.type ?? "" }));
  const request = new Request(
    `http://localhost:3000/api/v1/internships/${ids.id}/activities/${ids.weekId}/attachments`,
    {
      method: "POST",
      headers: { ...headers, "x-forwarded-for": "203.0.113.7" },
      body: form,
    },
  );
  return attach(request, { params: Promise.resolve(ids) });
}

const pdf = (name = "compte-rendu.pdf") => ({ bytes: PDF_BYTES, name, type: "application/pdf" });

describe("POST /internships/{id}/activities/{weekId}/attachments", () => {
  it.each([
    ["a file over 5 MB", () => [{ bytes: new Uint8Array(5 * MB + 1).fill(37), name: "gros.pdf" }], 400, "fileTooLarge"],
    [
      "a text file named .pdf",
      () => [{ bytes: strToU8("pas un pdf"), name: "faux.pdf", type: "application/pdf" }],
      400,
      "fileType",
    ],
    ["a plain zip", () => [{ bytes: zipSync({ "a.txt": strToU8("a") }), name: "archive.zip" }], 400, "fileType"],
    ["an empty file", () => [{ bytes: new Uint8Array(0), name: "vide.pdf" }], 400, "fileEmpty"],
    ["four files", () => [pdf("1.pdf"), pdf("2.pdf"), pdf("3.pdf"), pdf("4.pdf")], 400, "tooMany"],
    ["a good file beside a bad one", () => [pdf(), { bytes: strToU8("<html>"), name: "page.html" }], 400, "fileType"],
  ])("refuses %s with a problem naming the files, storing nothing", async (_case, files, status, code) => {
    const before = await written();
    const response = await post(internship.student.headers, files());
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await response.json()).errors).toEqual([expect.objectContaining({ field: "files", code })]);
    expect(await written()).toEqual(before);
  });

  it("refuses a request without files, and a body over the cap with 413", async () => {
    const before = await written();
    const none = await post(internship.student.headers, []);
    expect(none.status).toBe(400);
    expect((await none.json()).errors).toEqual([expect.objectContaining({ field: "files", code: "required" })]);
    const huge = await post(internship.student.headers, [
      { bytes: new Uint8Array(8 * MB), name: "a.pdf" },
      { bytes: new Uint8Array(8 * MB), name: "b.pdf" },
    ]);
    expect(huge.status).toBe(413);
    expect(await written()).toEqual(before);
  });

  it("refuses someone else's internship or week, and the parties who do not write the logbook", async () => {
    const before = await written();
    // Another student's internship reads as unknown; so does a week of another internship.
    expect((await post(other.student.headers, [pdf()])).status).toBe(404);
    expect(
      (await post(internship.student.headers, [pdf()], { id: internship.internshipId, weekId: otherWeekId })).status,
    ).toBe(404);
    expect(
      (await post(internship.student.headers, [pdf()], { id: other.internshipId, weekId: otherWeekId })).status,
    ).toBe(404);
    // The tutor and the supervisor read the logbook but do not write it.
    expect((await post(internship.tutor.headers, [pdf()])).status).toBe(403);
    expect((await post(internship.supervisor.headers, [pdf()])).status).toBe(403);
    expect((await post({}, [pdf()])).status).toBe(401);
    expect(await written()).toEqual(before);
  });

  it("stores up to three files, shows them to the parties only, and refuses a fourth", async () => {
    const first = await post(internship.student.headers, [pdf(), { bytes: DOCX, name: "notes.docx" }]);
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body.attachments.map((a: { fileName: string; contentType: string }) => [a.fileName, a.contentType])).toEqual(
      [
        ["compte-rendu.pdf", "application/pdf"],
        ["notes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ],
    );
    const docs = await db.document.findMany({
      where: { activityId: weekId },
      select: { kind: true, ownerId: true, internshipId: true },
    });
    expect(docs).toEqual([
      { kind: "LOGBOOK_ATTACHMENT", ownerId: internship.student.user.id, internshipId: null },
      { kind: "LOGBOOK_ATTACHMENT", ownerId: internship.student.user.id, internshipId: null },
    ]);

    expect((await post(internship.student.headers, [{ bytes: PNG, name: "schema.png" }])).status).toBe(201);
    const before = await written();
    const fourth = await post(internship.student.headers, [pdf("encore.pdf")]);
    expect(fourth.status).toBe(400);
    expect((await fourth.json()).title).toContain("3 attachments");
    expect(await written()).toEqual(before);

    // The tutor and the supervisor see the files in the logbook and may download them.
    const documentId = body.attachments[0].id;
    for (const party of [internship.tutor, internship.supervisor, internship.student]) {
      const view = await callRoute(getInternship, {
        method: "GET",
        params: { id: internship.internshipId },
        headers: party.headers,
      });
      const week = view.body.logbook.weeks.find((w: { id: string }) => w.id === weekId);
      expect(week.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
        "compte-rendu.pdf",
        "notes.docx",
        "schema.png",
      ]);
      const link = await download(
        new Request(`http://localhost:3000/api/v1/documents/${documentId}/download`, { headers: party.headers }),
        { params: Promise.resolve({ id: documentId }) },
      );
      expect(link.status).toBe(303);
      // The signed link it hands out serves the very bytes, without a session.
      const signed = new URL(link.headers.get("location")!, "http://localhost:3000");
      const file = await download(new Request(signed), { params: Promise.resolve({ id: documentId }) });
      expect(file.status).toBe(200);
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF_BYTES);
    }
    // Another internship's student does not.
    const outsider = await download(
      new Request(`http://localhost:3000/api/v1/documents/${documentId}/download`, { headers: other.student.headers }),
      { params: Promise.resolve({ id: documentId }) },
    );
    expect(outsider.status).toBe(404);

    // The tutor may read a file but not remove it; the student removes one and the week takes another.
    const remove = (headers: Record<string, string>) =>
      callRoute(removeDocument, { method: "DELETE", params: { id: documentId }, headers });
    expect((await remove(internship.tutor.headers)).status).toBe(403);
    expect((await remove(internship.student.headers)).status).toBe(204);
    expect((await post(internship.student.headers, [pdf("encore.pdf")])).status).toBe(201);
    expect(await db.document.count({ where: { activityId: weekId, deletedAt: null } })).toBe(3);
  });

  it("refuses files once the internship is over", async () => {
    const ended = await createInternship(sides, { status: "COMPLETED" });
    const week = await weekOf(ended.internshipId);
    const before = await written();
    const response = await post(ended.student.headers, [pdf()], { id: ended.internshipId, weekId: week });
    expect(response.status).toBe(409);
    expect(await written()).toEqual(before);
  });
});
