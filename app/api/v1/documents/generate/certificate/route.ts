import { apiRoute } from "@/lib/core/api-route";
import { generateFromRequest } from "@/lib/documents/certificates/generate-route";

export const POST = apiRoute(
  async ({ actor, body }) => generateFromRequest(await actor(), "certificate", await body()),
  {
    rateLimit: { points: 30, seconds: 60 },
  },
);
