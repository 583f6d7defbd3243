import { apiRoute } from "@/lib/core/api-route";
import { createOffer } from "@/lib/offers/create-offer";
import { getOffer } from "@/lib/offers/get-offer";
import { listOffers } from "@/lib/offers/list-offers";

export const GET = apiRoute(async ({ actor, query }) => listOffers(await actor(), query()));

export const POST = apiRoute(
  async ({ actor, body }) => {
    const me = await actor();
    const { id } = await createOffer(me, await body());
    return getOffer(me, id);
  },
  { status: 201 },
);
