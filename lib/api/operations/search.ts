import { REMOTE_MODES, STIPEND_PERIODS } from "@/lib/offers/offer-options";
import { SEARCH_FACETS, SUGGESTION_KINDS, offerSearchSchema, offerSuggestSchema } from "@/lib/offers/search-schema";
import { array, boolean, integer, listOf, nullable, object, string, type ApiOperation } from "../operation";

const date = () => nullable(string({ format: "date-time" }));
const result = object({
  id: string(),
  title: string(),
  enterprise: object({ id: string(), name: string(), slug: string(), logoUrl: nullable(string()) }),
  city: string(),
  country: string(),
  remoteMode: { type: "string", enum: [...REMOTE_MODES] },
  field: string(),
  durationWeeks: integer(),
  startFrom: date(),
  stipendAmount: nullable(integer()),
  stipendCurrency: string(),
  stipendPeriod: { type: "string", enum: [...STIPEND_PERIODS] },
  deadline: date(),
  publishedAt: string({ format: "date-time" }),
  skills: array(string()),
});
const facetValue = object({ value: string(), count: integer({ minimum: 0 }), label: string() }, ["label"]);

/** Offer search, recommendations' neighbour: GET /offers/search (docs/product.md, "API"). */
export const searchOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/offers/search",
    summary: "Search the open offers",
    description:
      "Full-text search (French and English, accents and case ignored) over published offers " +
      "whose deadline has not passed. Facet parameters repeat (`?field=Design&field=Marketing`): values of one facet are " +
      "alternatives, facets combine. Each facet's counts apply all the other filters but not its own, so they tell how many " +
      "offers each value would add; counts may lag a minute behind new offers. `sort` defaults to relevance with words, " +
      "newest without. `nextCursor` is opaque; a cursor that was altered or made for another sort is a 400. " +
      "A word that no offer contains is corrected to the nearest one that does (`devloper` → `developer`); " +
      "`correctedQuery` is then the query as searched. When a search reads more than a few thousand offers, the total " +
      "and the facet counts are estimated from a fixed sample and rounded: `totalIsApproximate` is then true.",
    tags: ["offers"],
    auth: false,
    query: offerSearchSchema,
    responses: {
      200: {
        description: "One page of matching offers, the total and the facet counts.",
        schema: listOf(result, {
          total: integer({ minimum: 0 }),
          totalIsApproximate: boolean(),
          correctedQuery: nullable(string()),
          facets: object(Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, array(facetValue)]))),
        }),
      },
    },
  },
  {
    method: "GET",
    path: "/offers/suggest",
    summary: "Suggest search terms as one types",
    description:
      "Titles, skills, cities and enterprises of the open offers whose words begin with the typed words, for the " +
      "search field's suggestions. Typos are forgiven (`devlop`, `pyhton`, `marketting`: one edit from 4 letters, two " +
      "from 8; the first letter must be right). Every typed word must match a word of the suggestion, the last one as " +
      "a beginning. Exact matches first, then skills, titles, cities and enterprises, the most offers first. Skills, " +
      "cities and enterprises also give the search filter they stand for (`facet`, `value`). Fewer than two letters " +
      "give no suggestion. The terms may lag a few minutes behind newly published offers.",
    tags: ["offers"],
    auth: false,
    query: offerSuggestSchema,
    responses: {
      200: {
        description: "The suggestions, best first.",
        schema: object({
          items: array(
            object(
              {
                kind: { type: "string", enum: [...SUGGESTION_KINDS] },
                text: string(),
                offers: integer({ minimum: 1 }),
                facet: { type: "string", enum: ["skills", "city", "enterprise"] },
                value: string(),
              },
              ["facet", "value"],
            ),
          ),
        }),
      },
    },
  },
];
