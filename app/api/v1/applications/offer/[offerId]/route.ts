import { apiRoute } from "@/lib/core/api-route";
import { listOfferApplications } from "@/lib/applications/list-offer-applications";

export const GET = apiRoute<{ offerId: string }>(async ({ actor, params, query }) =>
  listOfferApplications(await actor(), params.offerId, query()),
);
