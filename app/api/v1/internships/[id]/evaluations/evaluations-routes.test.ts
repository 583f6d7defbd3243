import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { callRoute } from "@/tests/helpers/call-route";
import { internshipWithParties, universityWithStaff } from "@/tests/helpers/internship-evaluations";
import { GET as getForm, PUT as putForm } from "../../../universities/[id]/evaluation-forms/[kind]/route";
import { POST as decide } from "../reports/[documentId]/decision/route";
import { GET as listReports, POST as uploadReport } from "../reports/route";
import { GET as list, POST as submit } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

type University = Awaited<ReturnType<typeof universityWithStaff>>;
let uni: University;
let otherUni: University;
let internship: Awaited<ReturnType<typeof internshipWithParties>>;

beforeAll(async () => {
  uni = await universityWithStaff();
  otherUni = await universityWithStaff();
  internship = await internshipWithParties(uni);
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const written = async () => ({
  evaluations: await db.internshipEvaluation.count(),
  forms: await db.evaluationForm.count(),
  documents: await db.document.count(),
  events: await db.outboxEvent.count(),
});

const supervisorAnswers = { objectivesMet: 4, logbook: 3, report: 4, tutorMet: true };

describe("POST /internships/{id}/evaluations", () => {
  it.each([
    [
      "a value out of the scale",
      { kind: "SUPERVISOR", answers: { ...supervisorAnswers, logbook: 9 } },
      "answers.logbook",
      "evaluationScale",
    ],
    [
      "a missing required answer",
      { kind: "SUPERVISOR", answers: { objectivesMet: 4, report: 4, tutorMet: true } },
      "answers.logbook",
      "required",
    ],
    [
      "not yes or no",
      { kind: "SUPERVISOR", answers: { ...supervisorAnswers, tutorMet: "maybe" } },
      "answers.tutorMet",
      "yesOrNo",
    ],
    ["an unknown kind", { kind: "TEACHER", answers: {} }, "kind", "choice"],
  ])("refuses %s with a 400 naming the field, writing nothing", async (_case, body, field, code) => {
    const before = await written();
    const response = await callRoute(submit, {
      params: { id: internship.internshipId },
      headers: uni.supervisor.headers,
      body,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    expect(await written()).toEqual(before);
  });

  it("reads as not found to a supervisor of another university, and writes nothing", async () => {
    const before = await written();
    const post = await callRoute(submit, {
      params: { id: internship.internshipId },
      headers: otherUni.supervisor.headers,
      body: { kind: "SUPERVISOR", answers: supervisorAnswers },
    });
    expect(post.status).toBe(404);
    const get = await callRoute(list, {
      method: "GET",
      params: { id: internship.internshipId },
      headers: otherUni.supervisor.headers,
    });
    expect(get.status).toBe(404);
    expect(await written()).toEqual(before);
  });

  it("accepts the supervisor's evaluation once (201, then 409)", async () => {
    const body = { kind: "SUPERVISOR", answers: supervisorAnswers };
    const first = await callRoute(submit, {
      params: { id: internship.internshipId },
      headers: uni.supervisor.headers,
      body,
    });
    expect(first.status).toBe(201);
    const second = await callRoute(submit, {
      params: { id: internship.internshipId },
      headers: uni.supervisor.headers,
      body,
    });
    expect(second.status).toBe(409);
    const listed = await callRoute(list, {
      method: "GET",
      params: { id: internship.internshipId },
      headers: internship.student.headers,
    });
    expect(listed.body.items.find((i: { kind: string }) => i.kind === "SUPERVISOR").submitted).toMatchObject({
      answers: supervisorAnswers,
      formVersion: 0,
    });
  });
});

describe("GET|PUT /universities/{id}/evaluation-forms/{kind}", () => {
  it("serves the default form, refuses a bad definition with a 400, and hides the form from another university", async () => {
    const get = await callRoute(getForm, {
      method: "GET",
      params: { id: uni.universityId, kind: "TUTOR_FINAL" },
      headers: uni.admin.headers,
    });
    expect(get.status).toBe(200);
    expect(get.body).toMatchObject({ version: 0, isDefault: true });

    const before = await written();
    const bad = await callRoute(putForm, {
      method: "PUT",
      params: { id: uni.universityId, kind: "TUTOR_FINAL" },
      headers: uni.admin.headers,
      body: {
        sections: [
          {
            key: "s",
            title: { fr: "S", en: "S" },
            questions: [{ key: "q", type: "choice", label: { fr: "Q", en: "" }, required: true, options: [] }],
          },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(["sections.0.questions.0.label.en", "sections.0.questions.0.options"]),
    );
    const other = await callRoute(putForm, {
      method: "PUT",
      params: { id: uni.universityId, kind: "TUTOR_FINAL" },
      headers: otherUni.admin.headers,
      body: get.body.definition,
    });
    expect(other.status).toBe(404);
    const bySupervisor = await callRoute(putForm, {
      method: "PUT",
      params: { id: uni.universityId, kind: "TUTOR_FINAL" },
      headers: uni.supervisor.headers,
      body: get.body.definition,
    });
    expect(bySupervisor.status).toBe(403);
    expect(await written()).toEqual(before);
  });
});

describe("final report routes", () => {
  it("refuses an upload without a PDF and a rejection without a reason, writing nothing", async () => {
    const before = await written();
    const form = new FormData();
    form.set("file", new File([new TextEncoder().encode("not a pdf")], "rapport.pdf", { type: "application/pdf" }));
    const request = new Request(`http://localhost:3000/api/v1/internships/${internship.internshipId}/reports`, {
      method: "POST",
      headers: { ...internship.student.headers, "x-forwarded-for": "203.0.113.7" },
      body: form,
    });
    const upload = await uploadReport(request, { params: Promise.resolve({ id: internship.internshipId }) });
    expect(upload.status).toBe(400);
    expect((await upload.json()).errors).toEqual([expect.objectContaining({ field: "file", code: "fileType" })]);

    const decision = await callRoute(decide, {
      params: { id: internship.internshipId, documentId: "nope" },
      headers: uni.supervisor.headers,
      body: { decision: "REJECTED" },
    });
    expect(decision.status).toBe(400);
    expect(await written()).toEqual(before);

    const reports = await callRoute(listReports, {
      method: "GET",
      params: { id: internship.internshipId },
      headers: otherUni.supervisor.headers,
    });
    expect(reports.status).toBe(404);
  });
});
