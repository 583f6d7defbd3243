import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import { internshipWithParties, PDF_BYTES, universityWithStaff } from "@/tests/helpers/internship-evaluations";
import { missingForCompletion } from "./completion-requirements";
import { decideFinalReport } from "./decide-final-report";
import { DEFAULT_EVALUATION_FORMS } from "./default-evaluation-forms";
import { formDefinitionSchema, type FormDefinition } from "./evaluation-schemas";
import { listInternshipEvaluations } from "./list-internship-evaluations";
import { notifyEvaluated } from "./notify-evaluated";
import { openEvaluationLink } from "./open-evaluation-link";
import { renewEvaluationLink } from "./renew-evaluation-link";
import { saveEvaluationForm } from "./save-evaluation-form";
import { sendEvaluationLink } from "./send-evaluation-link";
import { submitEvaluation } from "./submit-evaluation";
import { submitLinkedEvaluation } from "./submit-linked-evaluation";
import { uploadFinalReport } from "./upload-final-report";

type University = Awaited<ReturnType<typeof universityWithStaff>>;
let uni: University;
let otherUni: University;

beforeAll(async () => {
  uni = await universityWithStaff();
  otherUni = await universityWithStaff();
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const selfAnswers = { objectivesMet: 4, adaptation: 5, autonomy: 3, learning: 4, skillsGained: "SQL, dbt" };
const tutorAnswers = {
  adaptation: 4,
  punctuality: 5,
  communication: 4,
  autonomy: 3,
  initiative: 4,
  rigour: 5,
  objectivesMet: 4,
  level: "meets",
  wouldHostAgain: true,
};
const supervisorAnswers = { objectivesMet: 4, logbook: 3, report: 4, tutorMet: true };

const counts = async () => ({
  evaluations: await db.internshipEvaluation.count(),
  events: await db.outboxEvent.count(),
  emails: await db.emailMessage.count(),
  tokens: await db.authToken.count(),
});
const emailsTo = (to: string) => db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const tokenIn = (text: string) => /evaluate\?token=([\w-]+)/.exec(text)![1]!;

describe("default forms", () => {
  it.each(Object.entries(DEFAULT_EVALUATION_FORMS))("%s passes the form definition schema", async (_kind, form) => {
    await expect(validate(formDefinitionSchema, form)).resolves.toBeTruthy();
  });

  it("asks the tutor what universities ask", () => {
    const keys = DEFAULT_EVALUATION_FORMS.TUTOR_FINAL.sections.flatMap((s) => s.questions.map((q) => q.key));
    for (const key of [
      "adaptation",
      "punctuality",
      "autonomy",
      "initiative",
      "rigour",
      "communication",
      "objectivesMet",
    ])
      expect(keys).toContain(key);
    expect(keys).toContain("wouldHostAgain");
    expect(
      DEFAULT_EVALUATION_FORMS.TUTOR_FINAL.sections.flatMap((s) => s.questions).find((q) => q.key === "objectives"),
    ).toMatchObject({ type: "agreement", agreementField: "tasks" });
  });
});

describe("filling an evaluation", () => {
  it("keeps submitted answers with the form they answered when the university changes the form", async () => {
    const uni = await universityWithStaff();
    const internship = await internshipWithParties(uni);
    const sent = await submitEvaluation(internship.student.actor, internship.internshipId, {
      kind: "STUDENT_SELF",
      answers: selfAnswers,
      comment: "Très formateur",
    });
    expect(sent).toMatchObject({ formKind: "STUDENT_SELF" });
    expect(
      await db.outboxEvent.count({
        where: { name: "internship.evaluated", data: { path: ["evaluationId"], equals: sent.id } },
      }),
    ).toBe(1);

    // The admin rewrites the form: one question, renamed, of another type.
    const changed: FormDefinition = {
      sections: [
        {
          key: "self",
          title: { fr: "Bilan", en: "Review" },
          questions: [{ key: "learning", type: "yesNo", label: { fr: "Appris ?", en: "Learned?" }, required: true }],
        },
      ],
    };
    const saved = await saveEvaluationForm(uni.admin.actor, uni.universityId, "STUDENT_SELF", changed);
    expect(saved).toMatchObject({ version: 1, isDefault: false });

    const list = await listInternshipEvaluations(internship.student.actor, internship.internshipId);
    const self = list.items.find((i) => i.kind === "STUDENT_SELF")!;
    expect(self.submitted).toMatchObject({
      formVersion: 0,
      answers: selfAnswers,
      comment: "Très formateur",
      overall: 80,
    });
    expect(self.submitted!.form.definition).toEqual(DEFAULT_EVALUATION_FORMS.STUDENT_SELF);
    expect(self.submitted!.form.agreement.tasks).toBe("Construire le tableau de bord des ventes.");

    // Another internship of the same university is now asked the new form.
    const next = await internshipWithParties(uni);
    const host = (await listInternshipEvaluations(next.student.actor, next.internshipId)).items.find(
      (i) => i.kind === "STUDENT_SELF",
    )!;
    expect(host.toFill).toMatchObject({ version: 1, definition: changed });
    const second = await submitEvaluation(next.student.actor, next.internshipId, {
      kind: "STUDENT_SELF",
      answers: { learning: "true" },
    });
    const row = await db.internshipEvaluation.findUniqueOrThrow({ where: { id: second.id } });
    expect(row).toMatchObject({ formVersion: 1, scores: { learning: true }, overall: null });
  });

  it("refuses an answer out of the scale and a missing required answer, with their fields, writing nothing", async () => {
    const internship = await internshipWithParties(uni);
    const before = await counts();
    const refused = submitEvaluation(internship.tutor!.actor, internship.internshipId, {
      kind: "TUTOR_FINAL",
      answers: { ...tutorAnswers, adaptation: 6, level: "genius", punctuality: undefined },
    });
    await expect(refused).rejects.toMatchObject({
      code: "VALIDATION",
      details: {
        fieldErrors: {
          "answers.adaptation": { key: "evaluationScale", values: { min: 1, max: 5 } },
          "answers.punctuality": { key: "required" },
          "answers.level": { key: "notAnOption" },
        },
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("is submitted once, then read-only", async () => {
    const internship = await internshipWithParties(uni);
    await submitEvaluation(uni.supervisor.actor, internship.internshipId, {
      kind: "SUPERVISOR",
      answers: supervisorAnswers,
    });
    await expect(
      submitEvaluation(uni.supervisor.actor, internship.internshipId, {
        kind: "SUPERVISOR",
        answers: supervisorAnswers,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: { key: "evaluationAlreadySubmitted" } });
  });

  it("lets each party fill only their own forms", async () => {
    const internship = await internshipWithParties(uni);
    await expect(
      submitEvaluation(internship.student.actor, internship.internshipId, {
        kind: "TUTOR_FINAL",
        answers: tutorAnswers,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      submitEvaluation(internship.enterpriseAdmin.actor, internship.internshipId, {
        kind: "TUTOR_FINAL",
        answers: tutorAnswers,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      submitEvaluation(uni.admin.actor, internship.internshipId, { kind: "SUPERVISOR", answers: supervisorAnswers }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("hides the internship from a supervisor of another university: no read, no submit", async () => {
    const internship = await internshipWithParties(uni);
    await submitEvaluation(internship.student.actor, internship.internshipId, {
      kind: "STUDENT_SELF",
      answers: selfAnswers,
    });
    await expect(listInternshipEvaluations(otherUni.supervisor.actor, internship.internshipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const before = await counts();
    await expect(
      submitEvaluation(otherUni.supervisor.actor, internship.internshipId, {
        kind: "SUPERVISOR",
        answers: supervisorAnswers,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });

  it("does not show the student's evaluation of the host to the enterprise", async () => {
    const internship = await internshipWithParties(uni);
    const kinds = (
      await listInternshipEvaluations(internship.enterpriseAdmin.actor, internship.internshipId)
    ).items.map((i) => i.kind);
    expect(kinds).not.toContain("STUDENT_HOST");
    expect(kinds).toContain("STUDENT_SELF");
  });

  it("tells the student and the supervisor, once, that an evaluation was submitted", async () => {
    const internship = await internshipWithParties(uni);
    const sent = await submitEvaluation(internship.tutor!.actor, internship.internshipId, {
      kind: "TUTOR_MIDTERM",
      answers: { ...tutorAnswers, wouldHostAgain: undefined },
    });
    expect(await notifyEvaluated(sent.id)).toEqual({ told: 2 });
    expect(await notifyEvaluated(sent.id)).toEqual({ told: 0 });
    const told = await db.notification.findMany({
      where: { type: "internshipEvaluations", data: { path: ["evaluationId"], equals: sent.id } },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([internship.student.user.id, uni.supervisor.user.id].sort());
  });
});

describe("a tutor's e-mailed link", () => {
  it("works once, then a used link renews to the same address, and the new one shows what was sent", async () => {
    const internship = await internshipWithParties(uni, { tutor: "external" });
    const address = internship.externalTutor!.email;
    await sendEvaluationLink(uni.supervisor.actor, internship.internshipId, { kind: "TUTOR_FINAL" });
    const [mail] = await emailsTo(address);
    const token = tokenIn(mail!.text);

    const opened = await openEvaluationLink(token);
    expect(opened).toMatchObject({
      state: "valid",
      kind: "TUTOR_FINAL",
      form: { agreement: { tasks: expect.any(String) } },
    });
    expect(JSON.stringify(opened)).not.toContain(address);

    // Refused answers leave the link usable.
    await expect(submitLinkedEvaluation(token, { answers: { ...tutorAnswers, rigour: 0 } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await openEvaluationLink(token)).toMatchObject({ state: "valid" });

    const sent = await submitLinkedEvaluation(token, { answers: tutorAnswers });
    const row = await db.internshipEvaluation.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({
      kind: "TUTOR",
      period: "FINAL",
      evaluatorId: null,
      evaluatorEmail: address,
      evaluatorName: "Claire Tutrice",
    });

    await expect(submitLinkedEvaluation(token, { answers: tutorAnswers })).rejects.toMatchObject({
      code: "INVALID_TOKEN",
    });
    expect(await openEvaluationLink(token)).toEqual(expect.objectContaining({ state: "used" }));

    expect(await renewEvaluationLink(token)).toEqual({ requested: true });
    const mails = await emailsTo(address);
    expect(mails).toHaveLength(2);
    const renewed = tokenIn(mails[1]!.text);
    expect(renewed).not.toBe(token);
    expect(await openEvaluationLink(renewed)).toMatchObject({ state: "submitted", answers: tutorAnswers });
    expect(await db.internshipEvaluation.count({ where: { internshipId: internship.internshipId } })).toBe(1);
  });

  it("renews an expired link by e-mail to the same address, and the new one works", async () => {
    const internship = await internshipWithParties(uni, { tutor: "external" });
    const address = internship.externalTutor!.email;
    await sendEvaluationLink(internship.enterpriseAdmin.actor, internship.internshipId, { kind: "TUTOR_MIDTERM" });
    const token = tokenIn((await emailsTo(address))[0]!.text);
    await db.authToken.updateMany({ where: { email: address }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await openEvaluationLink(token)).toMatchObject({ state: "expired", kind: "TUTOR_MIDTERM" });
    await expect(submitLinkedEvaluation(token, { answers: tutorAnswers })).rejects.toMatchObject({
      code: "INVALID_TOKEN",
    });
    await renewEvaluationLink(token);
    const renewed = tokenIn((await emailsTo(address))[1]!.text);
    expect(await openEvaluationLink(renewed)).toMatchObject({ state: "valid" });
    await expect(submitLinkedEvaluation(renewed, { answers: tutorAnswers })).resolves.toMatchObject({
      formKind: "TUTOR_MIDTERM",
    });
  });

  it("sends nothing for an unknown or still valid token, and answers the same", async () => {
    const internship = await internshipWithParties(uni, { tutor: "external" });
    await sendEvaluationLink(uni.admin.actor, internship.internshipId, { kind: "TUTOR_FINAL" });
    const token = tokenIn((await emailsTo(internship.externalTutor!.email))[0]!.text);
    const before = await counts();
    expect(await renewEvaluationLink("not-a-token")).toEqual({ requested: true });
    expect(await renewEvaluationLink(token)).toEqual({ requested: true });
    expect(await counts()).toEqual(before);
    expect(await openEvaluationLink("not-a-token")).toEqual({ state: "unknown" });
  });

  it("is refused to the student and to another university's supervisor", async () => {
    const internship = await internshipWithParties(uni, { tutor: "external" });
    const before = await counts();
    await expect(
      sendEvaluationLink(internship.student.actor, internship.internshipId, { kind: "TUTOR_FINAL" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      sendEvaluationLink(otherUni.supervisor.actor, internship.internshipId, { kind: "TUTOR_FINAL" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });
});

describe("final report and completion requirements", () => {
  it("lists what is missing until the final evaluations are in and the report is validated", async () => {
    const internship = await internshipWithParties(uni);
    const missing = () => missingForCompletion(db, internship.internshipId);
    expect(await missing()).toEqual([
      "tutorFinalEvaluationMissing",
      "supervisorEvaluationMissing",
      "finalReportMissing",
    ]);

    await submitEvaluation(internship.tutor!.actor, internship.internshipId, {
      kind: "TUTOR_FINAL",
      answers: tutorAnswers,
    });
    expect(await missing()).toEqual(["supervisorEvaluationMissing", "finalReportMissing"]);
    await submitEvaluation(uni.supervisor.actor, internship.internshipId, {
      kind: "SUPERVISOR",
      answers: supervisorAnswers,
    });
    expect(await missing()).toEqual(["finalReportMissing"]);

    const report = await uploadFinalReport(internship.student.actor, internship.internshipId, {
      bytes: PDF_BYTES,
      fileName: "rapport.pdf",
    });
    expect(await missing()).toEqual(["finalReportMissing"]);

    await expect(
      decideFinalReport(uni.supervisor.actor, internship.internshipId, report.id, { decision: "REJECTED" }),
    ).rejects.toMatchObject({ details: { fieldErrors: { reason: { key: "reportRejectionReason" } } } });
    await decideFinalReport(uni.supervisor.actor, internship.internshipId, report.id, {
      decision: "REJECTED",
      reason: "Il manque la bibliographie.",
    });
    expect(await db.document.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Il manque la bibliographie.",
    });
    expect(
      (await db.internship.findUniqueOrThrow({ where: { id: internship.internshipId } })).finalReportId,
    ).toBeNull();

    // A new version goes back to review; a supervisor of another university cannot decide on it.
    const again = await uploadFinalReport(internship.student.actor, internship.internshipId, {
      bytes: PDF_BYTES,
      fileName: "rapport-v2.pdf",
    });
    expect(again.id).toBe(report.id);
    await expect(
      decideFinalReport(otherUni.supervisor.actor, internship.internshipId, report.id, { decision: "VALIDATED" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await decideFinalReport(uni.supervisor.actor, internship.internshipId, report.id, { decision: "VALIDATED" });
    expect((await db.internship.findUniqueOrThrow({ where: { id: internship.internshipId } })).finalReportId).toBe(
      report.id,
    );
    expect(await missing()).toEqual([]);
  });

  it("refuses a file that is not a PDF, writing nothing", async () => {
    const internship = await internshipWithParties(uni);
    const documents = await db.document.count();
    await expect(
      uploadFinalReport(internship.student.actor, internship.internshipId, {
        bytes: new TextEncoder().encode("just text"),
        fileName: "rapport.pdf",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", details: { fieldErrors: { file: { key: "fileType" } } } });
    expect(await db.document.count()).toBe(documents);
  });
});
