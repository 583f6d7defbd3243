import { pageSchema } from "@/lib/core/pagination";
import { ATS_PROVIDERS, IMPORT_KINDS, importSourceSchema } from "@/lib/imports/schemas";
import { array, boolean, integer, listOf, nullable, object, string, type ApiOperation } from "../operation";

const tags = ["imports"];
const dateTime = string({ format: "date-time" });
const problem = object({ url: string(), reason: string(), detail: string() }, ["detail"]);
const source = object({
  id: string(),
  name: string(),
  kind: { type: "string", enum: IMPORT_KINDS },
  atsProvider: nullable({ type: "string", enum: ATS_PROVIDERS }),
  url: string({ format: "uri" }),
  enterpriseId: nullable(string()),
  enterpriseName: nullable(string()),
  enabled: boolean(),
  intervalMinutes: integer(),
  requestsPerMinute: integer(),
  filters: object({
    employmentTypes: array(string()),
    titleWords: array(string()),
    maxDurationWeeks: nullable(integer()),
    defaultCity: nullable(string()),
    defaultCountry: nullable(string()),
  }),
  consecutiveFailures: integer({ minimum: 0 }),
  pausedAt: nullable(dateTime),
  lastRunAt: nullable(dateTime),
  createdAt: dateTime,
  openOffers: integer({ minimum: 0 }),
});
const run = object({
  id: string(),
  sourceId: string(),
  trigger: { type: "string", enum: ["MANUAL", "SCHEDULED"] },
  status: { type: "string", enum: ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"] },
  startedAt: dateTime,
  finishedAt: nullable(dateTime),
  fetched: integer({ minimum: 0 }),
  created: integer({ minimum: 0 }),
  updated: integer({ minimum: 0 }),
  closed: integer({ minimum: 0 }),
  skipped: integer({ minimum: 0 }),
  skips: array(problem),
  errors: array(problem),
});
const who = {
  403: { description: "Only system admins, and an enterprise's admins for their own sources." },
};
const unknown = { 404: { description: "No such source among those the caller manages." } };
const description =
  "`kind`: `JSON_LD` (a page or sitemap of pages with schema.org JobPosting JSON-LD), `ATS_FEED` (the public job board API of `atsProvider`: Greenhouse, Lever, Workable, Recruitee, Personio XML) or `RSS` (RSS 2.0 or Atom). `intervalMinutes` is the schedule. `filters` keeps internships by employment type or title words, up to a duration, and gives postings without a place a default one. An enterprise's admin always writes its own enterprise's sources; a system admin may name `enterpriseId`, or none for a source of several enterprises (each posting's hiring organisation is matched by name or added unverified).";

/** Offer imports from the web: sources, runs and their reports. */
export const importsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/import-sources",
    summary: "List import sources",
    tags,
    auth: true,
    query: pageSchema,
    responses: {
      200: { description: "The sources the caller manages, newest first.", schema: listOf(source) },
      ...who,
    },
  },
  {
    method: "POST",
    path: "/import-sources",
    summary: "Add an import source",
    description,
    tags,
    auth: true,
    requestBody: importSourceSchema,
    responses: {
      201: { description: "The source.", schema: source },
      ...who,
      409: { description: "A source already reads this URL." },
    },
  },
  {
    method: "GET",
    path: "/import-sources/{id}",
    summary: "Read an import source and its last runs",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The source with its 20 last runs.",
        schema: {
          ...source,
          properties: { ...source.properties, runs: array(run) },
          required: [...source.required!, "runs"],
        },
      },
      ...who,
      ...unknown,
    },
  },
  {
    method: "PUT",
    path: "/import-sources/{id}",
    summary: "Replace an import source's settings",
    description: `${description} Saving it enabled resumes a paused source.`,
    tags,
    auth: true,
    requestBody: importSourceSchema,
    responses: {
      200: { description: "The source.", schema: source },
      ...who,
      ...unknown,
      409: { description: "Another source already reads this URL." },
    },
  },
  {
    method: "DELETE",
    path: "/import-sources/{id}",
    summary: "Delete an import source",
    description: "Its runs go with it; the offers it imported stay, no longer re-checked.",
    tags,
    auth: true,
    responses: { 204: { description: "Deleted." }, ...who, ...unknown },
  },
  {
    method: "POST",
    path: "/import-sources/{id}/run",
    summary: "Run an import source now",
    description:
      "Queues a run, performed by the import workflow: robots.txt obeyed, conditional requests, offers created, updated or closed. Its report is at `GET /import-runs/{runId}`.",
    tags,
    auth: true,
    responses: {
      202: { description: "Queued.", schema: object({ runId: string() }) },
      ...who,
      ...unknown,
      409: { description: "A run of this source is already under way." },
    },
  },
  {
    method: "GET",
    path: "/import-runs/{id}",
    summary: "Read an import run's report",
    tags,
    auth: true,
    responses: {
      200: { description: "Its status and counts, what was skipped and why, and errors.", schema: run },
      ...who,
      404: { description: "No such run among the sources the caller manages." },
    },
  },
];
