import { apiRoute } from "@/lib/core/api-route";
import { getOffer } from "@/lib/offers/get-offer";
import { publishOffer } from "@/lib/offers/publish-offer";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const me = await actor();
  await publishOffer(me, params.id);
  return getOffer(me, params.id);
});
