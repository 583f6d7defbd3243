import { auditFiltersSchema, listAuditSchema } from "@/lib/audit/schemas";
import { listOf, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

const tags = ["audit"];
const anyJson: JsonSchema = { description: "The state as recorded (any JSON), or null." };
const entry = object({
  id: string(),
  createdAt: string({ format: "date-time" }),
  action: string({ description: "What was done, `<family>.<verb>` (`agreement.signed`, `user.disabled`…)." }),
  entity: string({ description: "The kind of row it is about (`Agreement`, `User`, `Certificate`…)." }),
  entityId: string(),
  actor: nullable(object({ id: string(), name: string(), email: string() })),
  ip: nullable(string({ description: "The caller's address, when the action came through a request." })),
  before: anyJson,
  after: anyJson,
});
const scope =
  "System admins read every entry. A university's admins read the entries about their university: the university, its departments, programs and signing circuits, its agreements, internships (visits, issues) and certificates, its students' applications, its students' and staff's accounts, and what its staff did.";
const filters =
  "`actor`: a user id, or part of the actor's e-mail or name. `action`: an action, or its family (`agreement` finds `agreement.signed`, `agreement.refused`…). `entity` and `entityId`: the row concerned. `from` and `to`: UTC days (`YYYY-MM-DD`), both included.";
const who = { 403: { description: "Only system admins and university admins." } };

/** The audit log of sensitive actions: read and exported by admins. */
export const auditOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/audit",
    summary: "Read the audit log",
    description: `Who did what, when, from where, with the state before and after, newest first. ${scope} ${filters} The log is append-only.`,
    tags,
    auth: true,
    query: listAuditSchema,
    responses: {
      200: { description: "One page of entries.", schema: listOf(entry) },
      400: { description: "A filter is malformed (an unknown day, `to` before `from`…)." },
      ...who,
    },
  },
  {
    method: "GET",
    path: "/audit/export.csv",
    summary: "The filtered audit log, as CSV",
    description: `The same entries and filters as \`GET /audit\` (no paging), streamed as \`text/csv\` (UTF-8 with a byte-order mark, comma-separated, CRLF): when (ISO instant), actor's name and e-mail, action, entity, entity id, IP, before and after (JSON); headers in the caller's language. Cells that a spreadsheet would read as a formula get a leading \`'\`.`,
    tags,
    auth: true,
    query: auditFiltersSchema,
    responses: {
      200: { description: "The CSV file." },
      400: { description: "A filter is malformed." },
      ...who,
    },
  },
];
