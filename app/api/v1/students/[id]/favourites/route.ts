import { apiRoute } from "@/lib/core/api-route";
import { listSavedOffers } from "@/lib/favourites/list-saved-offers";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  listSavedOffers(await actor(), params.id, query()),
);
