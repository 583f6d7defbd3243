import { apiRoute } from "@/lib/core/api-route";
import { duplicateOffer } from "@/lib/offers/duplicate-offer";
import { getOffer } from "@/lib/offers/get-offer";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params }) => {
    const me = await actor();
    const { id } = await duplicateOffer(me, params.id);
    return getOffer(me, id);
  },
  { status: 201 },
);
