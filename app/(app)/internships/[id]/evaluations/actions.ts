"use server";
import { serverAction } from "@/lib/core/server-action";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { decideFinalReport } from "@/lib/internships/decide-final-report";
import { sendEvaluationLink } from "@/lib/internships/send-evaluation-link";
import { submitEvaluation } from "@/lib/internships/submit-evaluation";
import { uploadFinalReport } from "@/lib/internships/upload-final-report";

export const submitEvaluationAction = serverAction(
  async (input: { internshipId: string; kind: string; answers: unknown; comment?: unknown }, actor) =>
    submitEvaluation(actor, input.internshipId, { kind: input.kind, answers: input.answers, comment: input.comment }),
);

export const sendEvaluationLinkAction = serverAction(
  async (input: { internshipId: string; kind: string }, actor) =>
    sendEvaluationLink(actor, input.internshipId, { kind: input.kind }),
  { rateLimit: { name: "evaluation-link-send", points: 20, seconds: 3600 } },
);

/** The student's final report (a PDF, in the form's `file` field); `internshipId` names the internship. */
export const uploadFinalReportAction = serverAction(
  async (form: FormData, actor) =>
    uploadFinalReport(actor, String(form.get("internshipId") ?? ""), await uploadedFile(form.get("file"))),
  { input: "form", rateLimit: { name: "final-report-upload", points: 30, seconds: 3600 } },
);

/** The supervisor validates the pending report, or rejects it with a reason the student reads. */
export const decideFinalReportAction = serverAction(
  async (input: { internshipId: string; documentId: string; decision: string; reason?: string }, actor) =>
    decideFinalReport(actor, input.internshipId, input.documentId, {
      decision: input.decision,
      reason: input.reason,
    }),
);
