"use server";
import { serverAction } from "@/lib/core/server-action";
import type { UploadedFile } from "@/lib/documents/store-document";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { attachActivityFiles } from "@/lib/internships/attach-activity-files";
import { changeInternshipStatus } from "@/lib/internships/change-internship-status";
import { commentActivity } from "@/lib/internships/comment-activity";
import { raiseIssue } from "@/lib/internships/raise-issue";
import { recordAttendance } from "@/lib/internships/record-attendance";
import { resolveIssue } from "@/lib/internships/resolve-issue";
import { saveActivity } from "@/lib/internships/save-activity";

// The internship page's forms. Each names the internship; the domain function checks the
// caller's part in it, and validates what the form sent.

/** The fields of whatever the caller sent: anything but an object has none. */
const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The student writes or rewrites a logbook week. */
export const saveLogbookWeek = serverAction(async (input: { id: string; values: object }, actor) => {
  const { id, values } = fieldsOf(input);
  const { created, ...week } = await saveActivity(actor, text(id), values);
  return { id: week.id, created };
});

/** The student attaches files to a week: `internshipId`, `activityId` and up to three `files`. */
export const attachLogbookFiles = serverAction(
  async (form: FormData, actor) => {
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    const files = (await Promise.all(form.getAll("files").map(uploadedFile))).filter(
      (file): file is UploadedFile => file !== null,
    );
    const { attachments } = await attachActivityFiles(actor, text("internshipId"), text("activityId"), files);
    return { added: files.length, total: attachments.length };
  },
  { input: "form", rateLimit: { name: "logbook-attachments", points: 30, seconds: 3600 } },
);

/** The tutor or the supervisor comments on a week. */
export const commentLogbookWeek = serverAction(async (input: { id: string; weekId: string; body: string }, actor) => {
  const { id, weekId, body } = fieldsOf(input);
  const comment = await commentActivity(actor, text(id), text(weekId), { body });
  return { id: comment.id };
});

/** The student or the tutor records a day. */
export const recordAttendanceDay = serverAction(async (input: { id: string; values: object }, actor) => {
  const { id, values } = fieldsOf(input);
  const { totals } = await recordAttendance(actor, text(id), values);
  return { totals };
});

/** Any party raises an issue. */
export const raiseInternshipIssue = serverAction(async (input: { id: string; values: object }, actor) => {
  const { id, values } = fieldsOf(input);
  const issue = await raiseIssue(actor, text(id), values);
  return { id: issue.id };
});

/** The supervisor or a university admin resolves an issue. */
export const resolveInternshipIssue = serverAction(
  async (input: { id: string; issueId: string; resolution: string }, actor) => {
    const { id, issueId, resolution } = fieldsOf(input);
    const issue = await resolveIssue(actor, text(id), text(issueId), { resolution });
    return { id: issue.id };
  },
);

/** The supervisor or a university admin completes the internship, or ends it early with a reason. */
export const changeStatusOfInternship = serverAction(
  async (input: { id: string; status: string; reason?: string }, actor) => {
    const { id, status, reason } = fieldsOf(input);
    const changed = await changeInternshipStatus(actor, text(id), { status, reason });
    return { status: changed.status };
  },
);
