import { profileImportRequestSchema } from "@/lib/profile-import/schemas";
import { array, integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

const tags = ["students"];
const own = { 403: { description: "A student reads and decides on their own imports only." } };

const summary = {
  id: string(),
  source: string({ enum: ["CV", "LINKEDIN_PDF", "LINKEDIN_EXPORT"] }),
  status: string({ enum: ["PENDING", "DONE", "FAILED"] }),
  fileName: string(),
  failureReason: nullable(string({ description: "Why the file could not be read (e.g. `cvNoText` for a scan)." })),
  createdAt: string({ format: "date-time" }),
  finishedAt: nullable(string({ format: "date-time" })),
};

const proposal: JsonSchema = object({
  id: string(),
  kind: string({ enum: ["SKILL", "EDUCATION", "EXPERIENCE", "LANGUAGE"] }),
  status: string({ enum: ["PENDING", "ACCEPTED", "REJECTED"] }),
  data: {
    type: "object",
    description:
      'By kind: `{ name }` (a skill, spelled as the shared list spells it), `{ institution, degree, start, end }`, `{ employer, role, start, end }` (dates "2023-06" or "2023", `end` null for an ongoing one), `{ language, level }` (ISO 639-1 code, CEFR level or NATIVE, null when the file gives none).',
  },
  evidence: nullable(string({ description: "The words of the file it was read from." })),
  decidedAt: nullable(string({ format: "date-time" })),
});

const decide = (decision: "accept" | "reject"): ApiOperation => ({
  method: "POST",
  path: `/students/{id}/profile-imports/{importId}/proposals/{proposalId}/${decision}`,
  summary: decision === "accept" ? "Accept a proposal into one's profile" : "Reject a proposal",
  description:
    decision === "accept"
      ? "A skill joins the student's skills, a degree becomes an academic record, a job a work experience, a language a language, through the same rules as typing them (e.g. 40 skills at most: a full list refuses with 400 and the proposal stays pending)."
      : "Nothing changes on the profile; the proposal is kept as rejected.",
  tags,
  auth: true,
  responses: {
    200: { description: "The proposal as now decided.", schema: proposal },
    404: { description: "No such proposal among the student's imports." },
    409: { description: "The proposal was already accepted or rejected." },
    ...own,
  },
});

/** CV analysis and LinkedIn import: readings of a file and the proposals the student decides on. */
export const profileImportsOperations: ApiOperation[] = [
  {
    method: "POST",
    path: "/students/{id}/profile-imports",
    summary: "Read a CV or a LinkedIn file for proposals to one's profile",
    description:
      'Either `multipart/form-data` with a LinkedIn file in `file` — the profile saved as PDF ("Save to PDF") or the data export ZIP (Profile.csv, Skills.csv, Education.csv, Positions.csv, Languages.csv) — 5 MB at most, the type read from the bytes; or the JSON `{ "source": "CV" }` to read the CV already on the profile again. Uploading a CV (PUT /students/{id}/cv) starts a reading too. The reading runs in the background: poll GET …/profile-imports/{importId} until `status` is DONE or FAILED. Nothing changes on the profile until a proposal is accepted.',
    tags,
    auth: true,
    requestBody: profileImportRequestSchema,
    responses: {
      202: { description: "The reading is queued.", schema: object({ importId: string() }) },
      400: { description: "No file, an empty one, neither PDF nor ZIP, or a body that is neither." },
      404: { description: "`source: CV` without a CV on the profile." },
      413: { description: "Larger than 5 MB." },
      ...own,
    },
  },
  {
    method: "GET",
    path: "/students/{id}/profile-imports",
    summary: "One's last ten readings",
    tags,
    auth: true,
    responses: {
      200: {
        description: "Newest first, with the number of proposals still pending.",
        schema: object({ items: array(object({ ...summary, pendingProposals: integer() })) }),
      },
      ...own,
    },
  },
  {
    method: "GET",
    path: "/students/{id}/profile-imports/{importId}",
    summary: "A reading, its text and its proposals",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The text read (null until DONE) and the proposals in reading order.",
        schema: object({ ...summary, text: nullable(string()), proposals: array(proposal) }),
      },
      404: { description: "No such import among the student's own." },
      ...own,
    },
  },
  decide("accept"),
  decide("reject"),
];
