import * as yup from "yup";
import { OFFER_FIELDS, REMOTE_MODES } from "./offer-options";
import { tooLarge, tooLong, tooMany, tooSmall } from "@/lib/core/limit-messages";

export const SEARCH_SORTS = ["relevance", "newest", "deadline"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Duration facet buckets, in weeks (inclusive). */
export const DURATION_BUCKETS = { lte8: [1, 8], "9to16": [9, 16], "17to24": [17, 24], gt24: [25, 104] } as const;
/** Stipend facet buckets: the monthly amount in euros (approximate conversion), "none" for unpaid. */
export const STIPEND_BUCKETS = {
  none: [0, 0],
  lt600: [1, 599],
  "600to899": [600, 899],
  "900to1199": [900, 1199],
  gte1200: [1200, null],
} as const;

/** Every facet: a query parameter (repeatable, values OR-ed) and a list of `{ value, count }` in the answer. */
export const SEARCH_FACETS = [
  "city",
  "country",
  "remote",
  "field",
  "duration",
  "stipend",
  "start",
  "enterprise",
  "skills",
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** A repeatable parameter: `?field=a&field=b`, a single value, or nothing; empty values are dropped. */
const list = <T extends string>(item: yup.StringSchema<T | undefined>, max = 20) =>
  yup
    .array(item.required("required"))
    .max(max, tooMany)
    .default([])
    .transform((_value, original: unknown) =>
      (original == null ? [] : Array.isArray(original) ? original : [original]).filter((v) => v !== ""),
    );
const choice = <T extends string>(values: readonly T[]) => yup.string().oneOf(values, "choice");

/** The offer search query, the same for the search page's URL, GET /api/v1/offers/search and saved searches. */
export const offerSearchSchema = yup.object({
  q: yup.string().trim().max(200, tooLong).default(""),
  city: list(yup.string().trim().max(80, tooLong)),
  country: list(
    yup
      .string()
      .trim()
      .uppercase()
      .matches(/^[A-Z]{2}$/, "country"),
  ),
  remote: list(choice(REMOTE_MODES)),
  field: list(choice(OFFER_FIELDS)),
  duration: list(choice(Object.keys(DURATION_BUCKETS))),
  stipend: list(choice(Object.keys(STIPEND_BUCKETS))),
  start: list(yup.string().matches(/^\d{4}-(0[1-9]|1[0-2])$/, "month")),
  enterprise: list(yup.string().trim().max(40, tooLong)),
  skills: list(yup.string().trim().lowercase().max(60, tooLong)),
  /** Default: relevance when there are words, else newest. */
  sort: choice(SEARCH_SORTS)
    .optional()
    .transform((v) => (v === "" ? undefined : v)),
  cursor: yup
    .string()
    .trim()
    .max(500, tooLong)
    .optional()
    .transform((v) => (v === "" ? undefined : v)),
  limit: yup.number().typeError("integer").integer("integer").min(1, tooSmall).max(100, tooLarge).default(20),
});
export type OfferSearchQuery = yup.InferType<typeof offerSearchSchema>;

/** What a suggestion of the search field stands for. */
export const SUGGESTION_KINDS = ["title", "skill", "city", "enterprise"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** GET /api/v1/offers/suggest: what the visitor has typed so far, and how many suggestions at most. */
export const offerSuggestSchema = yup.object({
  q: yup.string().trim().max(100, tooLong).default(""),
  limit: yup.number().typeError("integer").integer("integer").min(1, tooSmall).max(20, tooLarge).default(8),
});

/** The part of a query that a saved search keeps: the words and the filters, not the page. */
export type SearchCriteria = Omit<OfferSearchQuery, "cursor" | "limit" | "sort">;

const LIST_KEYS = new Set<string>(SEARCH_FACETS);

/** URL parameters (or Next's searchParams object) as the schema's input, keeping repeated keys as arrays. */
export function searchInput(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, unknown> {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((key) => [key, params.getAll(key)] as const)
      : Object.entries(params);
  const input: Record<string, unknown> = {};
  for (const [key, raw] of entries) {
    if (raw === undefined) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    input[key] = LIST_KEYS.has(key) ? values : values.at(-1);
  }
  return input;
}

/** The URL parameters of a query, defaults left out, so that links stay short and shareable. */
export function searchParamsOf(query: Partial<OfferSearchQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const facet of SEARCH_FACETS) for (const value of query[facet] ?? []) params.append(facet, value);
  if (query.sort) params.set("sort", query.sort);
  if (query.limit && query.limit !== 20) params.set("limit", String(query.limit));
  if (query.cursor) params.set("cursor", query.cursor);
  return params;
}
