import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { linkedInExportZip } from "@/lib/profile-import/test-cvs/linkedin-export";
import { createUser } from "@/tests/helpers/users";
import { POST as accept } from "./[id]/profile-imports/[importId]/proposals/[proposalId]/accept/route";
import { POST as reject } from "./[id]/profile-imports/[importId]/proposals/[proposalId]/reject/route";
import { GET as readOne } from "./[id]/profile-imports/[importId]/route";
import { GET as list, POST as start } from "./[id]/profile-imports/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));
// The reading itself is the workflow's test; here the queued import must stay pending.
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "profile-import-routes-"));

async function student() {
  const user = await createUser("STUDENT");
  const { id } = await db.student.findUniqueOrThrow({ where: { userId: user.id } });
  return { studentId: id, authorization: `Bearer ${await signAccessToken({ id: user.id, role: "STUDENT" })}` };
}

const base = (studentId: string) => `http://localhost:3000/api/v1/students/${studentId}/profile-imports`;
const form = (bytes: Uint8Array | string, name: string, type = "application/zip") => {
  const data = new FormData();
  data.set("file", new File([bytes as BlobPart], name, { type }));
  return data;
};

async function post(studentId: string, authorization: string, body: FormData | string, contentType?: string) {
  const request = new Request(base(studentId), {
    method: "POST",
    headers: { authorization, ...(contentType && { "content-type": contentType }) },
    body,
  });
  const response = await start(request, { params: Promise.resolve({ id: studentId }) });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

const rows = async () => ({
  imports: await db.profileImport.count(),
  proposals: await db.profileProposal.count(),
  decided: await db.profileProposal.count({ where: { status: { not: "PENDING" } } }),
  events: await db.outboxEvent.count({ where: { name: "profile-import.requested" } }),
  skills: await db.studentSkill.count(),
});

async function finishedImport(studentId: string) {
  return db.profileImport.create({
    data: {
      studentId,
      source: "LINKEDIN_EXPORT",
      status: "DONE",
      fileName: "export.zip",
      text: "Skills\nDocker",
      proposals: { create: [{ position: 0, kind: "SKILL", data: { name: "Docker" }, evidence: "Docker" }] },
    },
    select: { id: true, proposals: { select: { id: true } } },
  });
}

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("POST /students/{id}/profile-imports", () => {
  it("queues a LinkedIn export (202) with its event, listed as pending", async () => {
    const me = await student();
    const response = await post(me.studentId, me.authorization, form(linkedInExportZip(), "export.zip"));
    expect(response.status).toBe(202);
    expect(await db.profileImport.findUniqueOrThrow({ where: { id: response.body.importId } })).toMatchObject({
      source: "LINKEDIN_EXPORT",
      status: "PENDING",
    });
    expect(await db.outboxEvent.count({ where: { name: "profile-import.requested" } })).toBe(1);
    const listed = await list(new Request(base(me.studentId), { headers: { authorization: me.authorization } }), {
      params: Promise.resolve({ id: me.studentId }),
    });
    expect((await listed.json()).items).toMatchObject([{ id: response.body.importId, status: "PENDING" }]);
  });

  it.each([
    [
      "a PNG",
      () =>
        form(
          Buffer.from(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
            "base64",
          ),
          "x.png",
          "image/png",
        ),
      "fileType",
    ],
    [
      "a ZIP without the export's files",
      () => form(linkedInExportZip({ only: ["Connections.csv"] }), "x.zip"),
      "linkedinArchiveIncomplete",
    ],
    ["an empty file", () => form(new Uint8Array(), "x.zip"), "fileEmpty"],
    [
      "a text field instead of a file",
      () => {
        const data = new FormData();
        data.set("file", "PK");
        return data;
      },
      "Attach your LinkedIn file",
    ],
  ])("refuses %s with a 400 problem naming the reason, and stores nothing", async (_name, body, reason) => {
    const me = await student();
    const before = await rows();
    const response = await post(me.studentId, me.authorization, body());
    expect(response.status).toBe(400);
    expect(response.type).toBe("application/problem+json");
    expect(response.body.errors?.[0]?.code ?? response.body.reason).toBeDefined();
    expect(JSON.stringify(response.body)).toContain(reason);
    expect(await rows()).toEqual(before);
  });

  it("refuses a 6 MB file with « 5 MB maximum » (413), a JSON body of the wrong shape (400), and no CV (404)", async () => {
    const me = await student();
    const before = await rows();
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(linkedInExportZip());
    const large = await post(me.studentId, me.authorization, form(big, "big.zip"));
    expect(large.status).toBe(413);
    expect(large.body.title).toBe("The file is too large: 5 MB maximum.");
    const wrong = await post(
      me.studentId,
      me.authorization,
      JSON.stringify({ source: "LINKEDIN" }),
      "application/json",
    );
    expect(wrong.status).toBe(400);
    const notJson = await post(me.studentId, me.authorization, "source=CV", "text/plain");
    expect(notJson.status).toBe(400);
    const noCv = await post(me.studentId, me.authorization, JSON.stringify({ source: "CV" }), "application/json");
    expect(noCv.status).toBe(404);
    expect(noCv.body.title).toBe("Upload your CV first: there is nothing to read yet.");
    expect(await rows()).toEqual(before);
  });

  it("refuses another student's profile with a 403 and stores nothing", async () => {
    const me = await student();
    const them = await student();
    const before = await rows();
    const response = await post(them.studentId, me.authorization, form(linkedInExportZip(), "export.zip"));
    expect(response.status).toBe(403);
    expect(await rows()).toEqual(before);
  });
});

describe("reading and deciding", () => {
  const call = async (
    handler: typeof accept,
    me: { studentId: string; authorization: string },
    importId: string,
    proposalId: string,
  ) => {
    const response = await handler(
      new Request(`${base(me.studentId)}/${importId}/proposals/${proposalId}/x`, {
        method: "POST",
        headers: { authorization: me.authorization },
      }),
      { params: Promise.resolve({ id: me.studentId, importId, proposalId }) },
    );
    return { status: response.status, body: await response.json() };
  };

  it("reads an import without writing, accepts once (the skill joins the profile), then answers 409", async () => {
    const me = await student();
    const made = await finishedImport(me.studentId);
    const before = await rows();
    const read = await readOne(
      new Request(`${base(me.studentId)}/${made.id}`, { headers: { authorization: me.authorization } }),
      {
        params: Promise.resolve({ id: me.studentId, importId: made.id }),
      },
    );
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({
      status: "DONE",
      text: "Skills\nDocker",
      proposals: [{ kind: "SKILL", data: { name: "Docker" }, status: "PENDING" }],
    });
    expect(await rows()).toEqual(before);

    const accepted = await call(accept, me, made.id, made.proposals[0].id);
    expect(accepted).toMatchObject({ status: 200, body: { status: "ACCEPTED" } });
    expect(await db.studentSkill.count({ where: { studentId: me.studentId } })).toBe(1);
    const again = await call(reject, me, made.id, made.proposals[0].id);
    expect(again.status).toBe(409);
    expect(await db.profileProposal.findUniqueOrThrow({ where: { id: made.proposals[0].id } })).toMatchObject({
      status: "ACCEPTED",
    });
  });

  it("answers 404 for a proposal of another import or another student, changing nothing", async () => {
    const me = await student();
    const them = await student();
    const mine = await finishedImport(me.studentId);
    const theirs = await finishedImport(them.studentId);
    const before = await rows();
    expect((await call(accept, me, mine.id, theirs.proposals[0].id)).status).toBe(404);
    expect((await call(accept, me, theirs.id, theirs.proposals[0].id)).status).toBe(404);
    expect((await call(reject, me, mine.id, "c".repeat(25))).status).toBe(404);
    expect(await rows()).toEqual(before);
  });
});
