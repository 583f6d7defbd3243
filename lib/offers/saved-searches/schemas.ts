import * as yup from "yup";
import { SEARCH_FACETS, offerSearchSchema, searchParamsOf, type SearchCriteria } from "../search-schema";
import { tooLong } from "@/lib/core/limit-messages";

/** A search's words and filters, as kept by a saved search (never its page or sort). */
export const searchCriteriaSchema = offerSearchSchema.pick(["q", ...SEARCH_FACETS]);

/** "Save this search": the same form on the search page, the same rules on the server. */
export const saveSearchSchema = yup.object({
  name: yup.string().trim().required("required").max(80, tooLong),
  criteria: searchCriteriaSchema.required("required"),
  alertsEnabled: yup.boolean().default(true),
});
export type SaveSearchInput = yup.InferType<typeof saveSearchSchema>;

export const searchAlertsSchema = yup.object({
  id: yup.string().trim().required("required").max(40, tooLong),
  alertsEnabled: yup.boolean().required("required"),
});

/** The search page's URL (relative) of saved criteria. */
export const criteriaHref = (criteria: SearchCriteria) => {
  const params = searchParamsOf({
    q: criteria.q,
    ...Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, criteria[facet]])),
  }).toString();
  return params ? `/offers?${params}` : "/offers";
};
