import { listOffersSchema } from "@/lib/offers/list-offers";
import { CURRENCIES, OFFER_FIELDS, REMOTE_MODES, STIPEND_PERIODS } from "@/lib/offers/offer-options";
import { offerSchema, SCREENING_KINDS } from "@/lib/offers/schemas";
import { array, integer, listOf, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

const tags = ["offers"];
const date = () => nullable(string({ format: "date-time" }));
const STATUSES = ["DRAFT", "PUBLISHED", "CLOSED", "EXPIRED"];

const offer: JsonSchema = object({
  id: string(),
  title: string(),
  description: string(),
  missions: nullable(string()),
  field: { type: "string", enum: [...OFFER_FIELDS] },
  city: string(),
  country: string({ description: "ISO 3166-1 alpha-2" }),
  remoteMode: { type: "string", enum: [...REMOTE_MODES] },
  durationWeeks: integer(),
  startFrom: date(),
  startTo: date(),
  stipendAmount: nullable(integer()),
  stipendCurrency: { type: "string", enum: [...CURRENCIES] },
  stipendPeriod: { type: "string", enum: [...STIPEND_PERIODS] },
  positions: integer(),
  deadline: date(),
  languages: array(string()),
  educationLevel: nullable(string()),
  benefits: nullable(string()),
  status: { type: "string", enum: STATUSES },
  publishedAt: date(),
  skills: array(string()),
  enterprise: object({ id: string(), name: string(), slug: string() }),
  questions: {
    ...array(
      object({
        id: string(),
        kind: { type: "string", enum: [...SCREENING_KINDS] },
        label: string(),
        required: { type: "boolean" },
        options: { ...array(string()), description: "The options of a CHOICE question; empty for the others." },
      }),
    ),
    description: "The screening questions students answer when they apply (up to 5), in their order.",
  },
});

const ownOffer = (
  method: "POST",
  action: string,
  summary: string,
  description: string,
  status = 200,
): ApiOperation => ({
  method,
  path: `/offers/{id}/${action}`,
  summary,
  description,
  tags,
  auth: true,
  responses: {
    [status]: { description: "The offer after the change.", schema: offer },
    404: { description: "No such offer in your enterprise." },
    409: { description: "The offer's status does not allow it." },
  },
});

/** The offers endpoints of /api/v1 (docs/product.md, "API"); search is in ./search.ts. */
export const offersOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/offers",
    summary: "List offers",
    description:
      "Enterprise members get their own enterprise's offers in every status (filter with `status`, search the title with `q`, order with `sort`: `newest` changed, nearest `deadline`, most `applicants`); everyone else gets the visible offers, newest first.",
    tags,
    auth: false,
    query: listOffersSchema,
    responses: {
      200: {
        description: "A page of offers.",
        schema: listOf(object({ id: string(), title: string(), status: string() })),
      },
    },
  },
  {
    method: "POST",
    path: "/offers",
    summary: "Create an offer (as a draft)",
    tags,
    auth: true,
    requestBody: offerSchema,
    responses: {
      201: { description: "The new draft.", schema: offer },
      403: { description: "Only an enterprise's admins and recruiters create offers." },
    },
  },
  {
    method: "GET",
    path: "/offers/{id}",
    summary: "Read an offer",
    description: "Visible offers for everyone; drafts and closed offers for their own enterprise only (404 otherwise).",
    tags,
    auth: false,
    responses: {
      200: { description: "The offer.", schema: offer },
      404: { description: "No such offer, or not visible to the caller." },
    },
  },
  {
    method: "PUT",
    path: "/offers/{id}",
    summary: "Replace an offer's content",
    description:
      "`questions` replaces the screening questions (up to 5; `kind` TEXT, YES_NO, or CHOICE with 2–10 `options`): send a kept question with its `id` so that drafts keep their answers; leave `questions` out to keep them as they are. Answers already sent are never lost: each keeps the question's text as it was asked.",
    tags,
    auth: true,
    requestBody: offerSchema,
    responses: {
      200: { description: "The updated offer.", schema: offer },
      404: { description: "No such offer in your enterprise." },
      409: { description: "A published offer needs a future deadline." },
    },
  },
  {
    method: "DELETE",
    path: "/offers/{id}",
    summary: "Delete a draft that was never published",
    tags,
    auth: true,
    responses: {
      204: { description: "Deleted." },
      404: { description: "No such offer in your enterprise." },
      409: { description: "Not a never-published draft: close it instead." },
    },
  },
  ownOffer(
    "POST",
    "publish",
    "Publish an offer",
    "Needs a confirmed e-mail and a verified enterprise (403 otherwise) and a deadline in the future (400).",
  ),
  ownOffer("POST", "close", "Close a published offer", "Takes it out of the search before its deadline."),
  {
    method: "POST",
    path: "/offers/{id}/claim",
    summary: "Claim an offer imported in your enterprise's name",
    description:
      "For an admin of a verified enterprise, on an offer imported from the web (`source` IMPORTED) under an enterprise nobody manages (unverified, no member): the offer moves to the caller's enterprise when that enterprise's name matches theirs (without case, accents or punctuation) or the original posting is on their website's domain. The offer stays imported: later runs of its source keep updating or closing it. No body.",
    tags,
    auth: true,
    responses: {
      200: { description: "The offer, now the caller's enterprise's.", schema: offer },
      403: {
        description:
          "Not an admin of a verified enterprise, or the offer is published in the name of another enterprise.",
      },
      404: { description: "No such offer, or not visible to the caller." },
      409: { description: "Not an imported offer, already yours, or its enterprise already manages it." },
    },
  },
  ownOffer(
    "POST",
    "duplicate",
    "Copy an offer as a new draft",
    "Dates are left empty to fill for the new season.",
    201,
  ),
];
