import { apiRoute } from "@/lib/core/api-route";
import { requestPromotionCertificates } from "@/lib/documents/certificates/generate-promotion-certificates";

/** Generate the missing certificates of a promotion in the background; asking again resumes. */
export const POST = apiRoute(async ({ actor, body }) => requestPromotionCertificates(await actor(), await body()), {
  status: 202,
  rateLimit: { points: 10, seconds: 60 },
});
