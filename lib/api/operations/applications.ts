import { pageSchema } from "@/lib/core/pagination";
import {
  applicationDraftSchema,
  BULK_MAX,
  bulkStatusSchema,
  createApplicationSchema,
  offerApplicationsSchema,
  statusChangeSchema,
} from "@/lib/applications/schemas";
import type { ApiOperation } from "../operation";
import { application, bulkMoveResult, offerApplications, studentApplications } from "./application-shapes";

const tags = ["applications"];
const unknown = { 404: { description: "No such application, or not one the caller may read." } };

/** The applications endpoints of /api/v1 (docs/product.md, "The chain": application). */
export const applicationsOperations: ApiOperation[] = [
  {
    method: "POST",
    path: "/applications",
    summary: "Apply to an open offer",
    description:
      "A student applies, as a draft (`submit` false or left out) or sent at once (`submit: true`). `cvDocumentId` is the CV of the student's profile, or null/left out for none; sending needs a CV or a cover letter, and a confirmed e-mail address (403 `email-not-verified` otherwise; drafts may be started before). `answers` (`[{ questionId, value }]`, value a text, `yes`/`no` or a boolean, or the option chosen) answer the offer's screening questions: each must fit its question (400 naming `answers.<questionId>`), and sending needs every required question answered. The match score and its reasons are computed when the application is sent. One live application per offer: a withdrawn one does not count, so the student may apply again after withdrawing.",
    tags,
    auth: true,
    requestBody: createApplicationSchema,
    responses: {
      201: { description: "The application, `DRAFT` or `SUBMITTED`.", schema: application },
      403: { description: "Not a student, or (with `submit`) an unconfirmed e-mail address." },
      404: { description: "No published offer has this id." },
      409: {
        description:
          "The offer no longer takes applications (closed, expired, past its deadline), or the student already has a live application to it (`applicationId` names it).",
      },
    },
  },
  {
    method: "GET",
    path: "/applications/{id}",
    summary: "Read one application",
    description:
      "For its student (drafts included), the offer's enterprise once it is sent (tutors too), the student's university, and admins.",
    tags,
    auth: true,
    responses: {
      200: { description: "The application, its history, and the moves the caller may make.", schema: application },
      ...unknown,
    },
  },
  {
    method: "PUT",
    path: "/applications/{id}",
    summary: "Save one's draft",
    description:
      "Only the fields sent change; `null` or an empty string clears one. Only the `answers` sent change too (a `null` value clears that answer). Only a draft can be edited.",
    tags,
    auth: true,
    requestBody: applicationDraftSchema,
    responses: {
      200: { description: "The draft after the change.", schema: application },
      403: { description: "Not a student." },
      ...unknown,
      409: { description: "The application has been sent: it can no longer be edited." },
    },
  },
  {
    method: "PATCH",
    path: "/applications/{id}/status",
    summary: "Move an application through the pipeline",
    description:
      "`DRAFT → SUBMITTED → UNDER_REVIEW → SHORTLISTED → INTERVIEW → ACCEPTED | REJECTED`. The enterprise's admins and recruiters move forward (skipping stages), accept a shortlisted or interviewed student, and decline at any open stage with a `reason` and an optional `message` to the student. Accepting beyond the offer's positions needs `confirmOverPositions: true`. The student sends their draft (`SUBMITTED`) and withdraws an open application (`WITHDRAWN`, with `message` as their reason). Every change is kept in the history and the audit log, and notifies the other side.",
    tags,
    auth: true,
    requestBody: statusChangeSchema,
    responses: {
      200: { description: "The application after the move.", schema: application },
      403: { description: "Enterprise tutors read applications but do not move them; other roles neither." },
      ...unknown,
      409: {
        description:
          "A move the workflow does not allow from the current status (`allowed` lists the ones the caller may make), all positions already filled (`positions`, `accepted`: send `confirmOverPositions`), or the application changed meanwhile.",
      },
    },
  },
  {
    method: "GET",
    path: "/applications/student/{studentId}",
    summary: "A student's applications",
    description: "The same list as `GET /students/{id}/applications`.",
    tags,
    auth: true,
    query: pageSchema,
    responses: {
      200: { description: "A page of applications, newest first.", schema: studentApplications },
      403: { description: "Enterprises read applicants through their offers." },
      404: { description: "No such student, or not one the caller may see." },
    },
  },
  {
    method: "GET",
    path: "/applications/offer/{offerId}",
    summary: "The applicants to one of the enterprise's offers",
    description:
      "For the offer's enterprise (any member) and admins; never drafts. Filters: `status` (comma-separated), `minScore`/`maxScore` (0–100), `school` (part of the university's or the program's name), `from`/`to` (sending days, YYYY-MM-DD, UTC). `sort` is `date` (newest first), `score` (best match first), `name` or `school` (A to Z); `order` reverses it. Keyset paging by `cursor`.",
    tags,
    auth: true,
    query: offerApplicationsSchema,
    responses: {
      200: { description: "A page of applicants, with the count per status.", schema: offerApplications },
      403: { description: "Not an enterprise member." },
      404: { description: "No such offer among the caller's enterprise's." },
    },
  },
  {
    method: "GET",
    path: "/applications/offer/{offerId}/export.csv",
    summary: "The applicants to one offer, as CSV",
    description:
      "The same filters and order as `GET /applications/offer/{offerId}` (no paging: every matching applicant), streamed as `text/csv` (UTF-8 with a byte-order mark, comma-separated, CRLF). A header row, then one row per applicant: name, e-mail, university, program, status, match score, sending day, decision day; headers and statuses in the caller's language. Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`.",
    tags,
    auth: true,
    query: offerApplicationsSchema.omit(["cursor", "limit"]),
    responses: {
      200: { description: "The CSV file." },
      403: { description: "Not an enterprise member." },
      404: { description: "No such offer among the caller's enterprise's." },
    },
  },
  {
    method: "POST",
    path: "/applications/bulk-status",
    summary: "Move several applications at once",
    description: `The same move as \`PATCH /applications/{id}/status\` for up to ${BULK_MAX} applications (\`ids\`), by the enterprise's admins and recruiters: each is authorised, checked and recorded on its own (history, audit, event, notification), and one refusal does not undo the others. Declining needs a \`reason\` and takes one optional \`message\` for all, or a \`templateId\` (one of the enterprise's rejection templates, or a built-in one) filled in for each student, in their language, instead of the message; an unknown template is a 404 and moves nothing.`,
    tags,
    auth: true,
    requestBody: bulkStatusSchema,
    responses: {
      200: { description: "What was moved, and what was not and why.", schema: bulkMoveResult },
      403: { description: "Enterprise tutors read applications but do not move them; other roles neither." },
      404: { description: "None of the ids names an application of the caller's enterprise, or no such template." },
    },
  },
];
