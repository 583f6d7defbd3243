import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { DEFAULT_EVALUATION_FORMS } from "@/lib/internships/default-evaluation-forms";
import { internshipWithParties, PDF_BYTES, universityWithStaff } from "@/tests/helpers/internship-evaluations";
import { session } from "@/tests/security/session-mock";
import { saveEvaluationFormAction } from "@/app/(app)/university/evaluation-forms/actions";
import { decideFinalReportAction, uploadFinalReportAction } from "./actions";

vi.mock("@/lib/identity/current-actor", async (importOriginal) => {
  const { mockedCurrentActor } = await import("@/tests/security/session-mock");
  return mockedCurrentActor(await importOriginal());
});
vi.mock("@/lib/identity/next-auth", async () => (await import("@/tests/security/session-mock")).mockedNextAuth());
vi.mock("next/headers", async (importOriginal) =>
  (await import("@/tests/security/session-mock")).mockedHeaders(await importOriginal()),
);
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "report-actions-"));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
  session.userId = null;
});

const upload = (internshipId: string, bytes: Uint8Array, name = "rapport.pdf") => {
  const form = new FormData();
  form.set("internshipId", internshipId);
  form.set("file", new File([bytes as BlobPart], name, { type: "application/pdf" }));
  return uploadFinalReportAction(form);
};
const reports = (internshipId: string) =>
  db.document.findMany({ where: { internshipId, kind: "REPORT" }, include: { versions: true } });

describe("the final report through the internship page's actions", () => {
  it("is uploaded by the student, rejected with a reason, sent again and validated by the supervisor", async () => {
    const uni = await universityWithStaff();
    const internship = await internshipWithParties(uni);
    const id = internship.internshipId;

    session.userId = internship.student.user.id;
    // Not a PDF, whatever its name says: refused on the file field, nothing stored.
    const wrong = await upload(id, new TextEncoder().encode("just text"), "rapport.pdf");
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { file: { key: "fileType" } } },
    });
    expect(await reports(id)).toEqual([]);

    const first = await upload(id, PDF_BYTES);
    expect(first).toMatchObject({ ok: true, data: { status: "PENDING" } });
    const documentId = (first as { data: { id: string } }).data.id;

    session.userId = uni.supervisor.user.id;
    // A rejection needs its reason: refused on the reason field, the report stays pending.
    const bare = await decideFinalReportAction({ internshipId: id, documentId, decision: "REJECTED" });
    expect(bare).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { reason: { key: "reportRejectionReason" } } },
    });
    expect((await reports(id))[0]!.status).toBe("PENDING");
    const rejected = await decideFinalReportAction({
      internshipId: id,
      documentId,
      decision: "REJECTED",
      reason: "Il manque la bibliographie.",
    });
    expect(rejected).toEqual({
      ok: true,
      data: { id: documentId, status: "REJECTED", reason: "Il manque la bibliographie." },
    });

    session.userId = internship.student.user.id;
    expect(await upload(id, PDF_BYTES)).toMatchObject({ ok: true, data: { id: documentId, status: "PENDING" } });
    // The student does not review their own report.
    expect(await decideFinalReportAction({ internshipId: id, documentId, decision: "VALIDATED" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });

    session.userId = uni.supervisor.user.id;
    expect(await decideFinalReportAction({ internshipId: id, documentId, decision: "VALIDATED" })).toMatchObject({
      ok: true,
      data: { status: "VALIDATED" },
    });
    const [report] = await reports(id);
    expect(report).toMatchObject({ status: "VALIDATED", rejectionReason: null });
    expect(report!.versions).toHaveLength(2);
    expect((await db.internship.findUniqueOrThrow({ where: { id } })).finalReportId).toBe(documentId);

    // Once validated, no new version.
    session.userId = internship.student.user.id;
    expect(await upload(id, PDF_BYTES)).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", reason: { key: "finalReportAlreadyValidated" } },
    });
  });
});

describe("the evaluation form editor's action", () => {
  it("saves a new version, and refuses an empty label on its field without writing", async () => {
    const uni = await universityWithStaff();
    const definition = structuredClone(DEFAULT_EVALUATION_FORMS.SUPERVISOR);
    session.userId = uni.admin.user.id;

    definition.sections[0]!.questions[1]!.label.en = " ";
    const refused = await saveEvaluationFormAction({ universityId: uni.universityId, kind: "SUPERVISOR", definition });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { "sections.0.questions.1.label.en": { key: "required" } } },
    });
    expect(await db.evaluationForm.count({ where: { universityId: uni.universityId } })).toBe(0);

    definition.sections[0]!.questions[1]!.label.en = "Objectives reached";
    definition.sections[0]!.questions.reverse();
    const saved = await saveEvaluationFormAction({ universityId: uni.universityId, kind: "SUPERVISOR", definition });
    expect(saved).toMatchObject({ ok: true, data: { kind: "SUPERVISOR", version: 1, isDefault: false } });
    const row = await db.evaluationForm.findFirstOrThrow({ where: { universityId: uni.universityId } });
    const questions = (row.definition as typeof definition).sections[0]!.questions;
    expect(questions.map((q) => q.key)).toEqual(["tutorMet", "report", "logbook", "objectivesMet", "objectives"]);
    expect(questions[3]!.label.en).toBe("Objectives reached");

    // A supervisor reads the forms but does not write them.
    session.userId = uni.supervisor.user.id;
    expect(
      await saveEvaluationFormAction({ universityId: uni.universityId, kind: "SUPERVISOR", definition }),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await db.evaluationForm.count({ where: { universityId: uni.universityId } })).toBe(1);
  });
});
