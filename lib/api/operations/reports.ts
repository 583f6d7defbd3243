import {
  enterpriseDashboardSchema,
  enterpriseExportSchema,
  STIPEND_BUCKETS,
  universityDashboardSchema,
  universityExportSchema,
  WAIT_BUCKETS,
} from "@/lib/reports/schemas";
import { array, boolean, integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

const tags = ["dashboards"];
const number = (description?: string): JsonSchema => ({ type: "number", ...(description && { description }) });
const rate = () => nullable(number("A fraction between 0 and 1 (3 decimals); null when nothing to divide by."));
const tally = array(
  object({ id: nullable(string()), label: nullable(string({ description: "null: not given." })), count: integer() }),
);
const stages = {
  shortlisted: integer(),
  interviewed: integer(),
  accepted: integer(),
};
const STAGES =
  "A stage counts every application that went at least that far, from its status or, for one rejected or withdrawn, its history (accepted without an interview counts as interviewed).";

const universityDashboard = object({
  university: object({ id: string(), name: string() }),
  filters: object({ year: integer(), department: string(), program: string() }, ["year", "department", "program"]),
  placementRate: object({ students: integer(), placed: integer(), rate: rate() }),
  placement: array(
    object({
      programId: nullable(string()),
      program: nullable(string()),
      year: nullable(integer({ description: "Year of study." })),
      students: integer(),
      placed: integer({ description: "Students with an internship planned, active or completed." }),
      rate: rate(),
    }),
  ),
  funnel: object({ applied: integer({ description: "Applications sent." }), ...stages }),
  internshipsBy: object({ enterprise: tally, sector: tally, city: tally, program: tally }),
  stipends: array(
    object({
      currency: string(),
      bucket: { type: "string", enum: STIPEND_BUCKETS.map((b) => b.key) },
      count: integer(),
    }),
  ),
  signingTime: object({
    agreements: integer(),
    medianDays: nullable(number("From the application's acceptance to the agreement's last signature.")),
  }),
  agreementsWaiting: array(
    object({
      status: { type: "string", enum: ["DRAFT", "SIGNING"] },
      count: integer(),
      medianDays: nullable(number()),
      oldestDays: nullable(number()),
      waited: object(Object.fromEntries(WAIT_BUCKETS.map((b) => [b.key, integer()]))),
    }),
  ),
  evaluations: array(
    object({
      formKind: string(),
      criterion: string(),
      label: object({ fr: string(), en: string() }),
      average: number("Mean of the 1–5 answers, 2 decimals."),
      answers: integer(),
    }),
  ),
});

const enterpriseDashboard = object({
  enterprise: object({ id: string(), name: string() }),
  filters: object({ offer: string() }, ["offer"]),
  offerChoices: array(object({ id: string(), title: string() })),
  viewsTracked: boolean(),
  offers: array(
    object({
      id: string(),
      title: string(),
      status: string(),
      views: nullable(integer({ description: "Always null: offer views are not recorded." })),
      applications: integer(),
      ...stages,
      rejected: integer(),
      withdrawn: integer(),
      conversion: object({ shortlisted: rate(), interviewed: rate(), accepted: rate() }),
      medianHoursToFirstAnswer: nullable(number("From sending to the enterprise's first decision.")),
      medianDaysToHire: nullable(number("From sending to acceptance.")),
    }),
  ),
  pipeline: {
    type: "object",
    additionalProperties: integer(),
    description: "Applications sent, by current status.",
  },
  schools: array(
    object({ id: nullable(string()), label: nullable(string()), applications: integer(), students: integer() }),
  ),
});

const csv = {
  200: { description: "text/csv (UTF-8 with BOM), the table's rows with headers in the caller's language." },
};

const xlsx = {
  200: {
    description:
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet: the same table as the CSV, numbers as numbers, rates as percentages.",
  },
};

const exportView = object({
  id: string(),
  kind: string({ enum: ["AUDIT_LOG"] }),
  format: string({ enum: ["CSV", "XLSX"] }),
  fileName: string(),
  status: string({ enum: ["QUEUED", "RUNNING", "READY", "FAILED"] }),
  rowsDone: integer({ description: "Rows written so far." }),
  rowsTotal: integer({ description: "Rows counted when the export was asked for (the final count once ready)." }),
  expired: boolean(),
  expiresAt: nullable(string({ format: "date-time" })),
  createdAt: string({ format: "date-time" }),
  downloadUrl: nullable(string({ description: "Set once the file is ready, until it expires." })),
});
const ownExport = { 404: { description: "No such export of the caller's (another's reads as not found)." } };

export const reportsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/exports/{id}",
    summary: "A background export's progress",
    description:
      "A large export (more than 5,000 rows, or any XLSX of the audit log, asked for on its page) is written by a workflow: its requester follows the rows written, then downloads the file. Only the requester sees it.",
    tags,
    auth: true,
    responses: { 200: { description: "The export.", schema: exportView }, ...ownExport },
  },
  {
    method: "GET",
    path: "/exports/{id}/download",
    summary: "A background export's file",
    description: "The CSV or XLSX file, for its requester only, until it expires (7 days after it was ready).",
    tags,
    auth: true,
    responses: {
      200: { description: "The file (text/csv or XLSX)." },
      404: { description: "Not the caller's, failed or expired." },
      409: { description: "Not ready yet." },
    },
  },
  {
    method: "GET",
    path: "/universities/{id}/dashboard",
    summary: "A university's dashboard",
    description: `For the university's admins and system admins. Every figure counts the university's students selected by the filters: \`year\` (of study), \`department\`, \`program\` (ids of the university's own; another is a 400). ${STAGES}`,
    tags,
    auth: true,
    query: universityDashboardSchema,
    responses: {
      200: { description: "The figures.", schema: universityDashboard },
      403: { description: "Not a university admin." },
      404: { description: "Another university." },
    },
  },
  {
    method: "GET",
    path: "/universities/{id}/dashboard/export.csv",
    summary: "One table of a university's dashboard as CSV",
    description: "The same filters as the dashboard; `table` names the table.",
    tags,
    auth: true,
    query: universityExportSchema,
    responses: { ...csv, 403: { description: "Not a university admin." }, 404: { description: "Another university." } },
  },
  {
    method: "GET",
    path: "/universities/{id}/dashboard/export.xlsx",
    summary: "One table of a university's dashboard as XLSX",
    description: "The same filters and columns as the CSV export; `table` names the table.",
    tags,
    auth: true,
    query: universityExportSchema,
    responses: {
      ...xlsx,
      403: { description: "Not a university admin." },
      404: { description: "Another university." },
    },
  },
  {
    method: "GET",
    path: "/enterprises/{id}/dashboard",
    summary: "An enterprise's dashboard",
    description: `For the enterprise's members and system admins: per offer and across offers. Filter: \`offer\`, one of its offers. Offer views are not recorded (\`viewsTracked\` is false). ${STAGES}`,
    tags,
    auth: true,
    query: enterpriseDashboardSchema,
    responses: {
      200: { description: "The figures.", schema: enterpriseDashboard },
      403: { description: "Not an enterprise member." },
      404: { description: "Another enterprise." },
    },
  },
  {
    method: "GET",
    path: "/enterprises/{id}/dashboard/export.csv",
    summary: "One table of an enterprise's dashboard as CSV",
    description: "The same filter as the dashboard; `table` names the table.",
    tags,
    auth: true,
    query: enterpriseExportSchema,
    responses: {
      ...csv,
      403: { description: "Not an enterprise member." },
      404: { description: "Another enterprise." },
    },
  },
  {
    method: "GET",
    path: "/enterprises/{id}/dashboard/export.xlsx",
    summary: "One table of an enterprise's dashboard as XLSX",
    description: "The same filter and columns as the CSV export; `table` names the table.",
    tags,
    auth: true,
    query: enterpriseExportSchema,
    responses: {
      ...xlsx,
      403: { description: "Not an enterprise member." },
      404: { description: "Another enterprise." },
    },
  },
];
