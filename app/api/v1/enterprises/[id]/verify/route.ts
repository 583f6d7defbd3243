import { apiRoute } from "@/lib/core/api-route";
import { decideVerification } from "@/lib/enterprises/decide-verification";

export const POST = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  decideVerification(await actor(), params.id, await body()),
);
