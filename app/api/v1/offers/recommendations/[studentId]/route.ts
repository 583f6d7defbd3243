import { apiRoute } from "@/lib/core/api-route";
import { recommendOffers } from "@/lib/recommendations/recommend-offers";

export const GET = apiRoute<{ studentId: string }>(async ({ actor, params, query }) =>
  recommendOffers(await actor(), params.studentId, query()),
);
