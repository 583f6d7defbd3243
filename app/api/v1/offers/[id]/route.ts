import { apiRoute, noContent } from "@/lib/core/api-route";
import { deleteOffer } from "@/lib/offers/delete-offer";
import { getOffer } from "@/lib/offers/get-offer";
import { updateOffer } from "@/lib/offers/update-offer";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getOffer(await actor(), params.id));

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) => {
  const me = await actor();
  await updateOffer(me, params.id, await body());
  return getOffer(me, params.id);
});

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteOffer(await actor(), params.id);
  return noContent();
});
