import { remindAgreements } from "@/lib/agreements/remind-agreements";
import { apiRoute } from "@/lib/core/api-route";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => remindAgreements(await actor(), params.id, await body()),
  { rateLimit: { points: 20, seconds: 60 } },
);
