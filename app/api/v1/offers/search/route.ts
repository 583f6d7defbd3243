import { apiRoute } from "@/lib/core/api-route";
import { searchOffers } from "@/lib/offers/search-offers";
import { searchInput } from "@/lib/offers/search-schema";

// Facet parameters repeat (?field=a&field=b), so the query is read from the URL, not query().
export const GET = apiRoute(async ({ request }) => searchOffers(searchInput(new URL(request.url).searchParams)));
