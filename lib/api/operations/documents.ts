import { documentDecisionSchema } from "@/lib/documents/schemas";
import { array, boolean, integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

const tags = ["documents"];
const instant = (): JsonSchema => string({ format: "date-time" });
const KINDS = [
  "CV",
  "COVER_LETTER",
  "LOGO",
  "ENTERPRISE_REGISTRATION",
  "AGREEMENT",
  "REPORT",
  "ATTESTATION",
  "CERTIFICATE",
  "INSURANCE_CERTIFICATE",
  "OTHER",
  "LOGBOOK_ATTACHMENT",
];
const signedLink = object({
  url: string({ description: "A signed link to this version: works without signing in until `expiresAt`, then 403." }),
  expiresAt: instant(),
});
const version = object({
  id: string(),
  version: integer({ minimum: 1 }),
  fileName: string(),
  contentType: string({ description: "Read from the file's bytes, never from the client." }),
  size: integer({ minimum: 1 }),
  sha256: string({ description: "Hex SHA-256 of the file." }),
  createdAt: instant(),
  uploadedBy: nullable(string()),
  download: signedLink,
});
const document = object({
  id: string(),
  kind: { type: "string", enum: KINDS },
  title: string(),
  status: { type: "string", enum: ["PENDING", "VALIDATED", "REJECTED"] },
  internshipId: nullable(string()),
  owner: object({ id: string(), name: string() }),
  validatedAt: nullable(instant()),
  reviewedBy: nullable(string()),
  rejectionReason: nullable(string({ description: "The reviewer's reason, when REJECTED." })),
  createdAt: instant(),
  mine: boolean(),
  canReview: boolean(),
  versions: { ...array(version), description: "Every version, newest first: a new upload keeps the history." },
});
const notFound = { description: "No such document, or not readable by the caller." };

/** The documents endpoints of /api/v1 (SPEC "Documents"). */
export const documentsOperations: ApiOperation[] = [
  {
    method: "POST",
    path: "/documents/upload",
    summary: "Add a document to an internship, or a new version of one",
    description:
      "The internship's student, while it is PLANNED or ACTIVE: `multipart/form-data` with `internshipId`, `kind` (`INSURANCE_CERTIFICATE` or `OTHER`), an optional `title`, an optional `documentId` (one of the student's documents of that internship and kind: the file becomes its next version, the history kept, pending review again) and the `file`. The type is read from the bytes: PDF, PNG, JPEG or WebP; 5 MB for an insurance certificate, 10 MB otherwise. A file whose content does not match is refused. The final report has its own route (`/internships/{id}/reports`).",
    tags,
    auth: true,
    responses: {
      201: {
        description: "Stored.",
        schema: object({
          id: string(),
          versionId: string(),
          version: integer({ minimum: 1 }),
          sha256: string(),
          status: string(),
        }),
      },
      403: { description: "Not a student." },
      404: { description: "No such internship of the caller's." },
      409: { description: "The internship has ended." },
      413: { description: "Larger than the limit." },
    },
  },
  {
    method: "GET",
    path: "/documents/internship/{id}",
    summary: "An internship's documents",
    description:
      "For the internship's parties: every document attached to it (insurance certificate, report, certificates…), its review and its version history, each version with a signed short-lived download link. `canUpload` says whether the caller may add documents.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The documents, newest first.",
        schema: object({ internshipId: string(), canUpload: boolean(), items: array(document) }),
      },
      404: { description: "No such internship of the caller's." },
    },
  },
  {
    method: "GET",
    path: "/documents/{id}",
    summary: "A document, its review and its versions",
    description:
      "Its owner, the parties of its internship, its enterprise (and enterprises that received the CV with an application), system admins; anyone else gets 404. Each version carries a signed download link valid for `DOCUMENT_URL_TTL_SECONDS` (5 minutes by default).",
    tags,
    auth: true,
    responses: { 200: { description: "The document.", schema: document }, 404: notFound },
  },
  {
    method: "DELETE",
    path: "/documents/{id}",
    summary: "Delete a document",
    description:
      "Its owner or a system admin. It disappears at once (lists, links already handed out); its files are purged after `DOCUMENT_RETENTION_DAYS` (30 by default) by a nightly workflow. Agreements, attestations and certificates, validated documents and documents still in use (a CV sent with an application, a final report, a signature scan) are kept: 409.",
    tags,
    auth: true,
    responses: {
      204: { description: "Deleted." },
      403: { description: "A reader of the document who does not own it." },
      404: notFound,
      409: { description: "Kept by the retention rules." },
    },
  },
  {
    method: "POST",
    path: "/documents/{id}/validate",
    summary: "Validate or reject an internship document",
    description:
      "The internship's supervisor, its university's admins or a system admin, on a PENDING document: `decision` VALIDATED or REJECTED; a rejection needs a `reason`, which the owner reads (the owner is notified either way). A final report is decided as by `/internships/{id}/reports/{documentId}/decision`.",
    tags,
    auth: true,
    requestBody: documentDecisionSchema,
    responses: {
      200: {
        description: "Decided.",
        schema: object({ id: string(), status: string(), reason: nullable(string()) }),
      },
      403: { description: "Another party of the internship." },
      404: notFound,
      409: { description: "Already decided, or not a document of an internship." },
    },
  },
  {
    method: "GET",
    path: "/documents/{id}/download",
    summary: "Download a document",
    description:
      "With `v`, `expires` and `sig` (a signed link from `GET /documents/{id}` or a list): the bytes of that version, without signing in, until the link expires (then 403) or the document is deleted (404). Without them: a reader of the document (see `GET /documents/{id}`) is sent on (303) to a fresh signed link to the latest version, or to `?version=n`; anyone else gets 404. Logos are public and served at once. `?disposition=inline` serves a PDF inline, framable by this site's pages only (the applicant page shows the CV); everything else is an attachment.",
    tags,
    auth: false,
    responses: {
      200: { description: "The file, with its content type and a `Digest` header (SHA-256)." },
      303: { description: "To a signed short-lived link (`Location`)." },
      403: { description: "A signed link that was altered or has expired." },
      404: { description: "No such document, or not readable by the caller." },
    },
  },
];
