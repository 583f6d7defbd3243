import { apiRoute } from "@/lib/core/api-route";
import { suggestSearchTerms } from "@/lib/offers/suggest-search-terms";

export const GET = apiRoute(async ({ query }) => suggestSearchTerms(query()));
