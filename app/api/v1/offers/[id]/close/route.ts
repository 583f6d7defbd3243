import { apiRoute } from "@/lib/core/api-route";
import { closeOffer } from "@/lib/offers/close-offer";
import { getOffer } from "@/lib/offers/get-offer";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const me = await actor();
  await closeOffer(me, params.id);
  return getOffer(me, params.id);
});
