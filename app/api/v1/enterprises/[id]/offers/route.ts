import { apiRoute } from "@/lib/core/api-route";
import { listEnterpriseOffers } from "@/lib/enterprises/list-enterprise-offers";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  listEnterpriseOffers(await actor(), params.id, query()),
);
