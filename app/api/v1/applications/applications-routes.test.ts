import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import {
  applicationCounts,
  applicationIn,
  enterpriseWithOffer,
  memberOf,
  offerOf,
  studentWithCv,
} from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { GET as read, PUT as save } from "./[id]/route";
import { PATCH as move } from "./[id]/status/route";
import { GET as listOffer } from "./offer/[offerId]/route";
import { POST as create } from "./route";
import { GET as listStudent } from "./student/[studentId]/route";
import { GET as listStudentLegacy } from "../students/[id]/applications/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const apply = (headers: Record<string, string>, body: Record<string, unknown>) => callRoute(create, { body, headers });
const patch = (headers: Record<string, string>, id: string, body: Record<string, unknown>) =>
  callRoute(move, { method: "PATCH", params: { id }, body, headers });
const get = (headers: Record<string, string>, id: string) =>
  callRoute(read, { method: "GET", params: { id }, headers });

describe("applying", () => {
  it("saves a draft, then sends it with its match score, history, audit entry and events", async () => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const draft = await apply(me.headers, { offerId, coverLetter: "Bonjour," });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      offerId,
      studentId: me.studentId,
      status: "DRAFT",
      submittedAt: null,
      matchScore: null,
      coverLetter: "Bonjour,",
      cv: null,
    });

    const saved = await callRoute(save, {
      method: "PUT",
      params: { id: draft.body.id },
      body: { coverLetter: "Bonjour, je souhaite rejoindre votre équipe.", cvDocumentId: me.cvDocumentId },
      headers: me.headers,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      coverLetter: "Bonjour, je souhaite rejoindre votre équipe.",
      cv: { documentId: me.cvDocumentId, fileName: "cv-camille.pdf" },
    });

    const sent = await patch(me.headers, draft.body.id, { status: "SUBMITTED" });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: "SUBMITTED", submittedAt: expect.any(String), allowed: ["WITHDRAWN"] });
    expect(sent.body.matchScore).toEqual(expect.any(Number));
    expect(sent.body.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(["DRAFT", "SUBMITTED"]);
    const events = await db.outboxEvent.findMany({
      where: { data: { path: ["applicationId"], equals: draft.body.id } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.name)).toEqual(["application.created", "application.submitted"]);
    expect(
      (await db.auditLog.findMany({ where: { entityId: draft.body.id }, orderBy: { createdAt: "asc" } })).map(
        (a) => a.action,
      ),
    ).toEqual(["application.created", "application.submitted"]);

    // Sent, it is no longer a draft to edit.
    const late = await callRoute(save, {
      method: "PUT",
      params: { id: draft.body.id },
      body: { coverLetter: "Autre chose" },
      headers: me.headers,
    });
    expect(late.status).toBe(409);
  });

  it("sends at once with `submit`, scoring the offer with the recommendations' reasons", async () => {
    const { offerId } = await enterpriseWithOffer({ city: "Grenoble" });
    const me = await studentWithCv();
    await db.internshipPreference.create({ data: { studentId: me.studentId, places: ["Grenoble"], fields: [] } });
    const response = await apply(me.headers, { offerId, cvDocumentId: me.cvDocumentId, submit: true });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: "SUBMITTED", matchScore: 10 });
    expect(response.body.matchReasons).toEqual([{ code: "place", values: { city: "Grenoble" } }]);
  });

  it("refuses a second live application with 409 naming the first, and writes nothing", async () => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const first = await apply(me.headers, { offerId, cvDocumentId: me.cvDocumentId, submit: true });
    const before = await applicationCounts();
    const second = await apply(me.headers, { offerId, coverLetter: "Encore moi" });
    expect(second.status).toBe(409);
    expect(second.headers.get("content-type")).toBe("application/problem+json");
    expect(second.body).toMatchObject({
      title: "You already have an application for this offer: find it in My applications.",
      applicationId: first.body.id,
    });
    expect(await applicationCounts()).toEqual(before);
  });

  it("keeps one application when two requests race", async () => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const answers = await Promise.all([
      apply(me.headers, { offerId, coverLetter: "Un" }),
      apply(me.headers, { offerId, coverLetter: "Deux" }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await db.application.count({ where: { offerId, studentId: me.studentId } })).toBe(1);
  });

  it("lets a student who withdrew apply again; the withdrawn application stays on record", async () => {
    const { offerId, headers: enterprise } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const first = await apply(me.headers, { offerId, cvDocumentId: me.cvDocumentId, submit: true });
    const withdrawn = await patch(me.headers, first.body.id, { status: "WITHDRAWN", message: "J'ai trouvé un stage." });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.history.at(-1)).toMatchObject({ toStatus: "WITHDRAWN", note: "J'ai trouvé un stage." });

    const again = await apply(me.headers, { offerId, cvDocumentId: me.cvDocumentId, submit: true });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
    expect((await apply(me.headers, { offerId, coverLetter: "Trois" })).status).toBe(409);

    const list = await callRoute(listOffer, { method: "GET", params: { offerId }, headers: enterprise });
    expect(list.body.items.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [again.body.id, "SUBMITTED"],
      [first.body.id, "WITHDRAWN"],
    ]);
  });

  it.each([
    ["closed", { status: "CLOSED" as const, closedAt: new Date() }],
    ["expired", { status: "EXPIRED" as const }],
    ["past its deadline", { deadline: new Date(Date.now() - 2 * 86_400_000) }],
  ])("refuses an offer that is %s, with the reason, and writes nothing", async (_name, state) => {
    const { offerId } = await enterpriseWithOffer(state);
    const me = await studentWithCv();
    const before = await applicationCounts();
    for (const submit of [false, true]) {
      const response = await apply(me.headers, { offerId, cvDocumentId: me.cvDocumentId, submit });
      expect(response.status).toBe(409);
      expect(response.body.title).toMatch(/no longer takes applications/);
    }
    expect(await applicationCounts()).toEqual(before);
  });

  it("reads an unpublished offer as unknown", async () => {
    const { offerId } = await enterpriseWithOffer({ status: "DRAFT", publishedAt: null });
    const me = await studentWithCv();
    expect((await apply(me.headers, { offerId, coverLetter: "Bonjour" })).status).toBe(404);
  });

  it("refuses to send with an unconfirmed e-mail address, saying how to confirm it; a draft may wait", async () => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv({ verified: false });
    const before = await applicationCounts();
    const refused = await apply(me.headers, { offerId, cvDocumentId: me.cvDocumentId, submit: true });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      type: "https://stagiaire.app/problems/email-not-verified",
      title: expect.stringMatching(/Confirm your e-mail address to apply: .*Resend the link/),
    });
    expect(await applicationCounts()).toEqual(before);

    const draft = await apply(me.headers, { offerId, cvDocumentId: me.cvDocumentId });
    expect(draft.status).toBe(201);
    const send = await patch(me.headers, draft.body.id, { status: "SUBMITTED" });
    expect(send.status).toBe(403);
    expect((await db.application.findUniqueOrThrow({ where: { id: draft.body.id } })).status).toBe("DRAFT");
  });

  it("needs a CV or a cover letter to send", async () => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv({ cv: false });
    const response = await apply(me.headers, { offerId, submit: true });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: "coverLetter", code: "cvOrLetterRequired", message: "Add your CV or a cover letter." },
    ]);
    expect(await db.application.count({ where: { offerId } })).toBe(0);
  });
});

describe("bad input changes nothing", () => {
  it.each([
    ["no offer", {}, "offerId"],
    ["a cover letter too long", { coverLetter: "x".repeat(4001) }, "coverLetter"],
    [
      "answers to questions the offer does not ask",
      { answers: [{ questionId: "q1", value: "oui" }] },
      "answers.0.questionId",
    ],
    ["a submit flag that is not a boolean", { submit: "maybe" }, "submit"],
    ["a cover letter that is not text", { coverLetter: ["a"] }, "_"],
  ])("POST with %s → 400", async (_name, change, field) => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const before = await applicationCounts();
    const body = { offerId, ...change };
    if (field === "offerId") delete (body as Record<string, unknown>).offerId;
    const response = await apply(me.headers, body);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await applicationCounts()).toEqual(before);
  });

  it("POST with another document than the profile's CV → 400", async () => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const other = await studentWithCv();
    const before = await applicationCounts();
    const response = await apply(me.headers, { offerId, cvDocumentId: other.cvDocumentId });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: "cvDocumentId", code: "cvNotOnProfile", message: "Choose the CV of your profile, or none." },
    ]);
    expect(await applicationCounts()).toEqual(before);
  });

  it("POST with a body that is not JSON → 400", async () => {
    const me = await studentWithCv();
    const before = await applicationCounts();
    const response = await callRoute(create, { rawBody: "{offerId", headers: me.headers });
    expect(response.status).toBe(400);
    expect(await applicationCounts()).toEqual(before);
  });

  it.each([
    ["an unknown status", { status: "HIRED" }, "status"],
    ["a decline without a reason", { status: "REJECTED" }, "reason"],
    ["a reason outside the list", { status: "REJECTED", reason: "TOO_YOUNG" }, "reason"],
    ["a message too long", { status: "REJECTED", reason: "OTHER", message: "x".repeat(2001) }, "message"],
  ])("PATCH status with %s → 400", async (_name, body, field) => {
    const { offerId, headers } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const id = await applicationIn("SUBMITTED", offerId, me.studentId);
    const before = await applicationCounts();
    const response = await patch(headers, id, body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await applicationCounts()).toEqual(before);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("PUT a draft with a cover letter too long → 400, the draft unchanged", async () => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const id = await applicationIn("DRAFT", offerId, me.studentId);
    const before = await db.application.findUniqueOrThrow({ where: { id } });
    const response = await callRoute(save, {
      method: "PUT",
      params: { id },
      body: { coverLetter: "x".repeat(4001) },
      headers: me.headers,
    });
    expect(response.status).toBe(400);
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });
});

describe("the enterprise's decisions", () => {
  it("answers a forbidden move with 409 and the moves allowed", async () => {
    const { offerId, headers } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const id = await applicationIn("SUBMITTED", offerId, me.studentId);
    const response = await patch(headers, id, { status: "ACCEPTED" });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      type: "https://stagiaire.app/problems/conflict",
      title: "An application just sent cannot move to accepted.",
      allowed: ["UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "REJECTED"],
    });
  });

  it("declines with a reason and a message: the student reads the message, not the reason code", async () => {
    const { offerId, headers } = await enterpriseWithOffer();
    const me = await studentWithCv();
    const id = await applicationIn("UNDER_REVIEW", offerId, me.studentId);
    const response = await patch(headers, id, {
      status: "REJECTED",
      reason: "POSITION_FILLED",
      message: "Le poste est pourvu, merci !",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "REJECTED", decidedAt: expect.any(String), allowed: [] });
    expect(response.body.history.at(-1)).toMatchObject({
      rejectionReason: "POSITION_FILLED",
      note: "Le poste est pourvu, merci !",
    });
    const seenByStudent = await get(me.headers, id);
    expect(seenByStudent.body.history.at(-1)).toMatchObject({
      rejectionReason: null,
      note: "Le poste est pourvu, merci !",
    });
  });

  it("asks for confirmation before accepting more students than the offer has positions", async () => {
    const { enterpriseId, headers } = await enterpriseWithOffer();
    const offerId = await offerOf(enterpriseId, { positions: 1 });
    const a = await studentWithCv();
    const b = await studentWithCv();
    const first = await applicationIn("SHORTLISTED", offerId, a.studentId);
    const second = await applicationIn("INTERVIEW", offerId, b.studentId);
    expect((await patch(headers, first, { status: "ACCEPTED" })).status).toBe(200);
    const over = await patch(headers, second, { status: "ACCEPTED" });
    expect(over.status).toBe(409);
    expect(over.body).toMatchObject({
      title: "This offer has 1 position and 1 student is already accepted: confirm to accept one more.",
      positions: 1,
      accepted: 1,
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: second } })).status).toBe("INTERVIEW");
    const confirmed = await patch(headers, second, { status: "ACCEPTED", confirmOverPositions: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe("ACCEPTED");
  });

  it("lists an offer's applicants without drafts, filtered, sorted by score, page by page", async () => {
    const { offerId, headers } = await enterpriseWithOffer();
    const students = await Promise.all([1, 2, 3, 4].map(() => studentWithCv()));
    const ids = {
      low: await applicationIn("SUBMITTED", offerId, students[0]!.studentId, { matchScore: 10 }),
      high: await applicationIn("SHORTLISTED", offerId, students[1]!.studentId, { matchScore: 90 }),
      mid: await applicationIn("REJECTED", offerId, students[2]!.studentId, { matchScore: 50 }),
      draft: await applicationIn("DRAFT", offerId, students[3]!.studentId),
    };
    const list = (path: string) =>
      callRoute(listOffer, { method: "GET", path, params: { offerId }, headers }).then((r) => r.body);

    const byScore = await list("?sort=score");
    expect(byScore.items.map((a: { id: string }) => a.id)).toEqual([ids.high, ids.mid, ids.low]);
    expect(byScore.counts).toEqual({ SUBMITTED: 1, SHORTLISTED: 1, REJECTED: 1 });
    expect(byScore.items[0]).toMatchObject({ hasCv: false, student: { name: expect.stringMatching(/^Camille/) } });

    const open = await list("?status=SUBMITTED,SHORTLISTED&sort=score");
    expect(open.items.map((a: { id: string }) => a.id)).toEqual([ids.high, ids.low]);

    const first = await list("?sort=score&limit=2");
    expect(first.items.map((a: { id: string }) => a.id)).toEqual([ids.high, ids.mid]);
    const next = await list(`?sort=score&limit=2&cursor=${first.nextCursor}`);
    expect(next.items.map((a: { id: string }) => a.id)).toEqual([ids.low]);
    expect(next.nextCursor).toBeNull();

    const bad = await callRoute(listOffer, { method: "GET", path: "?status=DRAFT", params: { offerId }, headers });
    expect(bad.status).toBe(400);
  });
});

describe("who reads and who decides", () => {
  it("a student cannot read, edit or move another student's application", async () => {
    const { offerId } = await enterpriseWithOffer();
    const owner = await studentWithCv();
    const other = await studentWithCv();
    const id = await applicationIn("DRAFT", offerId, owner.studentId);
    const before = await db.application.findUniqueOrThrow({ where: { id } });
    expect((await get(other.headers, id)).status).toBe(404);
    expect(
      (
        await callRoute(save, {
          method: "PUT",
          params: { id },
          body: { coverLetter: "Pris !" },
          headers: other.headers,
        })
      ).status,
    ).toBe(404);
    expect((await patch(other.headers, id, { status: "SUBMITTED" })).status).toBe(404);
    expect((await patch(other.headers, id, { status: "WITHDRAWN" })).status).toBe(404);
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toEqual(before);
    const theirs = await callRoute(listStudent, {
      method: "GET",
      params: { studentId: owner.studentId },
      headers: other.headers,
    });
    expect(theirs.status).toBe(404);
  });

  it("an enterprise reads the applications to its offers, not another's, and never drafts", async () => {
    const mine = await enterpriseWithOffer();
    const theirs = await enterpriseWithOffer();
    const s = await studentWithCv();
    const t = await studentWithCv();
    const sent = await applicationIn("SUBMITTED", mine.offerId, s.studentId);
    const draft = await applicationIn("DRAFT", mine.offerId, t.studentId);
    const elsewhere = await applicationIn("SUBMITTED", theirs.offerId, s.studentId);

    expect((await get(mine.headers, sent)).status).toBe(200);
    expect((await get(mine.headers, draft)).status).toBe(404);
    expect((await get(mine.headers, elsewhere)).status).toBe(404);
    expect((await patch(mine.headers, elsewhere, { status: "UNDER_REVIEW" })).status).toBe(404);
    expect((await db.application.findUniqueOrThrow({ where: { id: elsewhere } })).status).toBe("SUBMITTED");
    const list = await callRoute(listOffer, {
      method: "GET",
      params: { offerId: theirs.offerId },
      headers: mine.headers,
    });
    expect(list.status).toBe(404);
  });

  it("a tutor reads the applicants but does not decide", async () => {
    const { enterpriseId, offerId } = await enterpriseWithOffer();
    const tutor = await memberOf(enterpriseId, "TUTOR");
    const recruiter = await memberOf(enterpriseId, "RECRUITER");
    const s = await studentWithCv();
    const id = await applicationIn("SUBMITTED", offerId, s.studentId);
    const read = await get(tutor.headers, id);
    expect(read.status).toBe(200);
    expect(read.body.allowed).toEqual([]);
    const refused = await patch(tutor.headers, id, { status: "UNDER_REVIEW" });
    expect(refused.status).toBe(403);
    expect(refused.body.title).toMatch(/tutors can read them/);
    expect((await patch(recruiter.headers, id, { status: "UNDER_REVIEW" })).status).toBe(200);
  });

  it("GET /applications/student/{id} is the list of GET /students/{id}/applications", async () => {
    const { offerId } = await enterpriseWithOffer();
    const me = await studentWithCv();
    await applicationIn("SUBMITTED", offerId, me.studentId);
    const ours = await callRoute(listStudent, {
      method: "GET",
      params: { studentId: me.studentId },
      headers: me.headers,
    });
    const legacy = await callRoute(listStudentLegacy, {
      method: "GET",
      params: { id: me.studentId },
      headers: me.headers,
    });
    expect(ours.status).toBe(200);
    expect(ours.body).toEqual(legacy.body);
    expect(ours.body.items[0]).toMatchObject({ status: "SUBMITTED", allowed: ["WITHDRAWN"] });
  });

  it("requires a signed-in caller", async () => {
    const { offerId } = await enterpriseWithOffer();
    expect((await apply({}, { offerId })).status).toBe(401);
  });
});
