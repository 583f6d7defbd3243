import {
  rejectionTemplateSchema,
  REJECTION_REASONS,
  scorecardCriteriaSchema,
  scorecardSchema,
} from "@/lib/applications/schemas";
import { DEFAULT_CRITERION_KEYS, RECOMMENDATIONS } from "@/lib/applications/scorecard-criteria";
import { TEMPLATE_VARIABLES } from "@/lib/applications/rejection-template-text";
import { array, boolean, integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

// Scorecards and rejection message templates (issue 7, "Scorecards" and "Rejection").

const tags = ["evaluations"];
const instant = (): JsonSchema => string({ format: "date-time" });
const average = (description: string): JsonSchema => ({
  type: ["number", "null"],
  minimum: 1,
  maximum: 4,
  description,
});
const recommendation: JsonSchema = { type: "string", enum: [...RECOMMENDATIONS] };

const criterion = object({
  key: string(),
  label: nullable(
    string({ description: "The enterprise's own label; null for the default set's (translated by clients)." }),
  ),
});

const scorecard = object({
  id: string(),
  evaluatorId: nullable(string()),
  evaluatorName: nullable(string()),
  score: { type: "number", minimum: 1, maximum: 4, description: "The mean of this scorecard's ratings." },
  ratings: array(object({ key: string(), label: nullable(string()), rating: integer({ minimum: 1, maximum: 4 }) })),
  recommendation,
  comment: nullable(string()),
  createdAt: instant(),
  updatedAt: instant(),
});

const scorecards = object({
  applicationId: string(),
  criteria: array(criterion),
  mine: nullable({ ...scorecard, type: ["object"] }),
  others: array(scorecard),
  hiddenCount: integer({
    minimum: 0,
    description: "Colleagues' scorecards withheld until the caller sends their own (then 0).",
  }),
  summary: nullable({
    ...object({
      count: integer({ minimum: 0 }),
      overall: average("The mean of the scorecards' means."),
      criteria: array(object({ key: string(), label: nullable(string()), average: average("Mean rating.") })),
      recommendation: average("Mean recommendation, 1 = strong no … 4 = strong yes."),
      recommendations: object(Object.fromEntries(RECOMMENDATIONS.map((r) => [r, integer({ minimum: 0 })]))),
    }),
    type: ["object"],
  }),
});

const criteriaView = object({ offerId: string(), custom: boolean(), criteria: array(criterion) });

const template = object({
  id: string({ description: "`builtin-…` for the platform's templates, which cannot be deleted." }),
  name: string(),
  reason: nullable({ type: "string", enum: [...REJECTION_REASONS] }),
  bodyFr: nullable(string()),
  bodyEn: nullable(string()),
  builtIn: boolean(),
});

const variables = TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(", ");

export const evaluationsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/applications/{id}/scorecards",
    summary: "An application's scorecards",
    description:
      "For the offer's enterprise (any member) and system admins: the criteria, the caller's scorecard, and — only once the caller has sent theirs — the colleagues' scorecards and the averages (per criterion, overall, recommendation). Before that `others` is empty, `summary` null and `hiddenCount` says how many wait.",
    tags,
    auth: true,
    responses: {
      200: { description: "The scorecards.", schema: scorecards },
      403: { description: "Not a member of an enterprise." },
      404: { description: "No such application sent to the caller's enterprise." },
    },
  },
  {
    method: "PUT",
    path: "/applications/{id}/scorecards",
    summary: "Send or replace my scorecard",
    description:
      "Any member of the offer's enterprise. `ratings` holds one integer from 1 to 4 per criterion key of the offer (see `GET /offers/{id}/scorecard-criteria`; the default keys are shown here). One scorecard per evaluator: sending again replaces it. Answers as the GET, now with the colleagues' scorecards.",
    tags,
    auth: true,
    requestBody: scorecardSchema(DEFAULT_CRITERION_KEYS),
    responses: {
      200: { description: "Every scorecard of the application.", schema: scorecards },
      403: { description: "Not a member of an enterprise." },
      404: { description: "No such application sent to the caller's enterprise." },
    },
  },
  {
    method: "GET",
    path: "/offers/{id}/scorecard-criteria",
    summary: "An offer's scorecard criteria",
    description: "For the offer's enterprise: its own criteria, or the default set (`custom: false`).",
    tags,
    auth: true,
    responses: {
      200: { description: "The criteria.", schema: criteriaView },
      403: { description: "Not a member of an enterprise." },
      404: { description: "No such offer among the caller's enterprise's." },
    },
  },
  {
    method: "PUT",
    path: "/offers/{id}/scorecard-criteria",
    summary: "Set an offer's scorecard criteria",
    description:
      "The enterprise's admins and recruiters; up to 8 criteria. A criterion sent with its `key` keeps it (scorecards already sent keep averaging with it); one without gets a new key. An empty list goes back to the default set.",
    tags,
    auth: true,
    requestBody: scorecardCriteriaSchema,
    responses: {
      200: { description: "The criteria now in use.", schema: criteriaView },
      403: { description: "Not an admin or recruiter of an enterprise." },
      404: { description: "No such offer among the caller's enterprise's." },
    },
  },
  {
    method: "GET",
    path: "/enterprises/{id}/rejection-templates",
    summary: "The enterprise's rejection message templates",
    description: "Its admins and recruiters: the built-in templates first, then the enterprise's own, by name.",
    tags,
    auth: true,
    responses: {
      200: { description: "The templates.", schema: object({ items: array(template) }) },
      403: { description: "Not an admin or recruiter of an enterprise." },
      404: { description: "Not the caller's enterprise." },
    },
  },
  {
    method: "POST",
    path: "/enterprises/{id}/rejection-templates",
    summary: "Save a rejection message template",
    description: `Its admins and recruiters. A name unique in the enterprise, a text in French or English (or both) naming only ${variables}, and optionally the reason it usually goes with. An unknown variable is a 400 on its field.`,
    tags,
    auth: true,
    requestBody: rejectionTemplateSchema,
    responses: {
      201: { description: "The template.", schema: template },
      403: { description: "Not an admin or recruiter of an enterprise." },
      404: { description: "Not the caller's enterprise." },
      409: { description: "The enterprise already has a template of that name." },
    },
  },
  {
    method: "DELETE",
    path: "/rejection-templates/{id}",
    summary: "Delete a rejection message template",
    description: "The enterprise's admins and recruiters, for one of its own templates (built-in ones stay).",
    tags,
    auth: true,
    responses: {
      204: { description: "Deleted." },
      403: { description: "Not an admin or recruiter of an enterprise." },
      404: { description: "No such template of the caller's enterprise." },
    },
  },
];
