import { apiRoute } from "@/lib/core/api-route";
import { signAgreement } from "@/lib/agreements/sign-agreement";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body, ip }) => signAgreement(await actor(), params.id, await body(), ip),
  { rateLimit: { points: 20, seconds: 60 } },
);
