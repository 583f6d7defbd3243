import { apiRoute, noContent } from "@/lib/core/api-route";
import { saveOffer } from "@/lib/favourites/save-offer";
import { unsaveOffer } from "@/lib/favourites/unsave-offer";

export const PUT = apiRoute<{ id: string; offerId: string }>(async ({ actor, params }) =>
  saveOffer(await actor(), params.id, params.offerId),
);

export const DELETE = apiRoute<{ id: string; offerId: string }>(async ({ actor, params }) => {
  await unsaveOffer(await actor(), params.id, params.offerId);
  return noContent();
});
