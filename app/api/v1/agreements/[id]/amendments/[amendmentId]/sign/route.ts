import { signAmendment } from "@/lib/agreements/sign-amendment";
import { apiRoute } from "@/lib/core/api-route";

export const POST = apiRoute<{ id: string; amendmentId: string }>(
  async ({ actor, params, body, ip }) => signAmendment(await actor(), params.id, params.amendmentId, await body(), ip),
  { rateLimit: { points: 20, seconds: 60 } },
);
