import { apiRoute } from "@/lib/core/api-route";
import { claimImportedOffer } from "@/lib/offers/claim-imported-offer";
import { getOffer } from "@/lib/offers/get-offer";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const me = await actor();
  await claimImportedOffer(me, params.id);
  return getOffer(me, params.id);
});
