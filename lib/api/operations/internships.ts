import {
  ABSENCE_REASONS,
  activitySchema,
  attendanceSchema,
  commentSchema,
  INTERNSHIP_STATUSES,
  ISSUE_CATEGORIES,
  issueSchema,
  listInternshipsSchema,
  resolveIssueSchema,
  statusSchema,
} from "@/lib/internships/schemas";
import { array, integer, listOf, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

// The internship follow-up (issue 9): status, logbook, attendance, issues.

const tags = ["internships"];
const instant = (): JsonSchema => string({ format: "date-time" });
const day = (description?: string): JsonSchema =>
  string({ format: "date-time", description: description ?? "A day, as UTC midnight." });
const status: JsonSchema = { type: "string", enum: [...INTERNSHIP_STATUSES] };
const named = object({ id: string(), name: string() });
const who = nullable({ ...object({ name: string(), email: nullable(string()) }), type: ["object"] });
const person = nullable({ ...object({ id: string(), name: string(), role: string() }), type: ["object"] });

const summary = object({
  id: string(),
  status,
  startDate: day(),
  endDate: day(),
  student: named,
  enterprise: named,
  offer: nullable({ ...object({ id: string(), title: string() }), type: ["object"] }),
  tutorName: nullable(string()),
  supervisor: nullable({ ...named, type: ["object"] }),
  missingWeeks: integer({ minimum: 0, description: "Weeks over without a logbook entry." }),
  openIssues: integer({ minimum: 0 }),
  maxOpenSeverity: integer({ minimum: 0, maximum: 3, description: "0 when no issue is open." }),
  evaluationsDue: integer({ minimum: 0, description: "Evaluation forms open and not submitted, while ACTIVE." }),
  nextVisitAt: nullable(instant()),
  visitsProposed: integer({ minimum: 0, description: "Visits whose dates offered wait for a pick." }),
});

const comment = object({
  id: string(),
  authorRole: string(),
  authorName: nullable(string()),
  body: string(),
  createdAt: instant(),
});
const attachment = object({
  id: string({ description: "The document's id (kind LOGBOOK_ATTACHMENT)." }),
  fileName: string(),
  contentType: string({ description: "Read from the file's bytes, never from the client." }),
  size: integer({ minimum: 1 }),
  sha256: string({ description: "Hex SHA-256 of the file." }),
  createdAt: instant(),
  download: string({ description: "The documents route that hands the internship's parties a signed link." }),
});
const markdown =
  " Light Markdown: paragraphs, **bold**, *italics*, lines starting with `- ` as a list, `[text](https://…)` links (http and https only); HTML is shown as text.";
const week = object({
  id: string(),
  weekStart: day("The Monday of the week."),
  summary: string({ description: `What the student did.${markdown}` }),
  learnings: nullable(string({ description: `What they learned.${markdown}` })),
  hours: nullable(integer()),
  updatedAt: instant(),
  attachments: array(attachment),
  comments: array(comment),
});
const attendanceDay = object({
  id: string(),
  date: day(),
  status: { type: "string", enum: ["PRESENT", "REMOTE", "ABSENT", "EXCUSED"] },
  hours: nullable({ type: "number" }),
  absenceReason: nullable({ type: "string", enum: [...ABSENCE_REASONS] }),
  note: nullable(string()),
});
const totals = object({
  present: integer({ minimum: 0 }),
  remote: integer({ minimum: 0 }),
  absent: integer({ minimum: 0 }),
  absences: { type: "object", additionalProperties: integer({ minimum: 0 }), description: "Days absent by reason." },
  hoursDone: { type: "number", description: "Hours of the days present or remote." },
  weeklyHours: integer(),
  hoursExpected: integer({ description: "The agreement's weekly hours × the internship's weeks." }),
});
const issue = object({
  id: string(),
  category: { type: "string", enum: [...ISSUE_CATEGORIES] },
  severity: integer({ minimum: 1, maximum: 3 }),
  title: string(),
  description: string(),
  status: { type: "string", enum: ["OPEN", "RESOLVED"] },
  resolution: nullable(string()),
  createdAt: instant(),
  resolvedAt: nullable(instant()),
  raisedBy: person,
  resolvedBy: person,
});
const detail = object({
  id: string(),
  status,
  startDate: day(),
  endDate: day(),
  startedAt: nullable(instant()),
  completedAt: nullable(instant()),
  terminatedAt: nullable(instant()),
  terminationReason: nullable(string()),
  finalReportValidated: { type: "boolean" },
  agreementId: string(),
  student: object({ id: string(), name: string(), email: string() }),
  enterprise: named,
  university: named,
  offer: nullable({ ...object({ id: string(), title: string() }), type: ["object"] }),
  tutor: who,
  supervisor: who,
  party: {
    type: "string",
    enum: ["STUDENT", "TUTOR", "ENTERPRISE_ADMIN", "SUPERVISOR", "UNIVERSITY_ADMIN", "SYSTEM_ADMIN"],
  },
  can: array(
    string({
      description:
        "writeLogbook, comment, recordAttendance, raiseIssue, resolveIssue, changeStatus, proposeVisit, pickVisitSlot, reportVisit",
    }),
  ),
  logbook: object({ weeks: array(week), missingWeeks: array(day("The Monday of a week over without an entry.")) }),
  attendance: object({ days: array(attendanceDay), totals }),
  issues: array(issue),
  certificates: array(
    object({
      serial: string(),
      kind: string(),
      status: { type: "string", enum: ["VALID", "REVOKED"] },
      issuedAt: instant(),
    }),
  ),
});

const unknown = { 404: { description: "No such internship, or not one the caller takes part in." } };
const notTheirs = { 403: { description: "The caller's part in the internship does not allow this." } };

export const internshipsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/internships",
    summary: "The caller's internships",
    description:
      "A student's own; an enterprise admin's interns (a tutor: those they tutor); a supervisor's assigned interns; a university admin's students'. Latest start first, with missing logbook weeks and open issues.",
    tags,
    auth: true,
    query: listInternshipsSchema,
    responses: { 200: { description: "A page of internships.", schema: listOf(summary) } },
  },
  {
    method: "GET",
    path: "/internships/{id}",
    summary: "An internship, with its logbook, attendance, issues and certificates",
    description: "For its parties only; `can` lists what the caller may do.",
    tags,
    auth: true,
    responses: { 200: { description: "The internship.", schema: detail }, ...unknown },
  },
  {
    method: "POST",
    path: "/internships/{id}/attendance",
    summary: "Record a day of attendance",
    description:
      "The student or the tutor (or an enterprise admin), while the internship is ACTIVE: a day within its dates, not in the future. PRESENT or REMOTE with `hours` (by default the agreement's weekly hours ÷ 5), or ABSENT with an `absenceReason`. Recording a day again replaces it.",
    tags,
    auth: true,
    requestBody: attendanceSchema,
    responses: {
      201: { description: "The day and the running totals.", schema: object({ day: attendanceDay, totals }) },
      ...notTheirs,
      ...unknown,
      409: { description: "The internship is not under way." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/activities",
    summary: "Write a logbook week",
    description:
      "The student, while the internship is ACTIVE: `weekStart` is the Monday of a week the internship touches, not after the current one. Writing a week again replaces its entry.",
    tags,
    auth: true,
    requestBody: activitySchema,
    responses: {
      201: { description: "The new week's entry.", schema: week },
      200: { description: "The week's entry, rewritten.", schema: week },
      ...notTheirs,
      ...unknown,
      409: { description: "The internship is not under way." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/activities/{weekId}/attachments",
    summary: "Attach files to a logbook week",
    description:
      "The student, while the internship is ACTIVE: `multipart/form-data` with one to three files, each in a field named `files`. A week holds 3 files at most; each is a PDF, PNG, JPEG, WebP, Word, Excel, PowerPoint or OpenDocument file of 5 MB at most, its type read from its bytes. One refused file refuses them all. The internship's parties read them through `GET /internships/{id}` and download them through `/documents/{id}/download`; the student removes one with `DELETE /documents/{id}`.",
    tags,
    auth: true,
    responses: {
      201: {
        description: "The week's files, the new ones included.",
        schema: object({ activityId: string(), attachments: array(attachment) }),
      },
      400: { description: "No file, too many files for the week, or a file empty, too large or of another type." },
      ...notTheirs,
      404: { description: "No such internship or week among the caller's." },
      409: { description: "The internship is not under way." },
      413: { description: "The request is larger than three files of 5 MB." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/activities/{weekId}/comments",
    summary: "Comment on a logbook week",
    description: "The tutor (or an enterprise admin) or the supervisor. `weekId` is the entry's id.",
    tags,
    auth: true,
    requestBody: commentSchema,
    responses: {
      201: {
        description: "The comment.",
        schema: object({
          id: string(),
          activityId: string(),
          authorRole: string(),
          body: string(),
          createdAt: instant(),
        }),
      },
      ...notTheirs,
      404: { description: "No such internship or week among the caller's." },
    },
  },
  {
    method: "GET",
    path: "/internships/{id}/issues",
    summary: "An internship's issues",
    description: "Open ones first, the most serious first.",
    tags,
    auth: true,
    responses: { 200: { description: "The issues.", schema: listOf(issue) }, ...unknown },
  },
  {
    method: "POST",
    path: "/internships/{id}/issues",
    summary: "Raise an issue",
    description:
      "Any party of an internship not yet ended. The supervisor and the university's admins are told in the app and by e-mail.",
    tags,
    auth: true,
    requestBody: issueSchema,
    responses: {
      201: { description: "The issue.", schema: issue },
      ...notTheirs,
      ...unknown,
      409: { description: "The internship has ended." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/issues/{issueId}/resolve",
    summary: "Resolve an issue",
    description: "The supervisor or a university admin, with what was done; who and when are kept.",
    tags,
    auth: true,
    requestBody: resolveIssueSchema,
    responses: {
      200: { description: "The resolved issue.", schema: issue },
      ...notTheirs,
      404: { description: "No such internship or issue among the caller's." },
      409: { description: "Already resolved." },
    },
  },
  {
    method: "PATCH",
    path: "/internships/{id}/status",
    summary: "Complete an internship, or end it early",
    description:
      "The supervisor or a university admin. COMPLETED from ACTIVE, refused while something is missing (`missing`: reason keys such as `finalReportMissing`); emits `internship.completed`. TERMINATED from PLANNED or ACTIVE, with a `reason`.",
    tags,
    auth: true,
    requestBody: statusSchema,
    responses: {
      200: {
        description: "The new status.",
        schema: object(
          {
            id: string(),
            status: { type: "string", enum: ["COMPLETED", "TERMINATED"] },
            completedAt: instant(),
            terminatedAt: instant(),
            terminationReason: string(),
          },
          ["completedAt", "terminatedAt", "terminationReason"],
        ),
      },
      ...notTheirs,
      ...unknown,
      409: { description: "Not from the current status (`allowed`), or something is missing (`missing`)." },
    },
  },
];
