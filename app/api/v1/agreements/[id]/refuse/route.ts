import { apiRoute } from "@/lib/core/api-route";
import { refuseAgreement } from "@/lib/agreements/refuse-agreement";

export const POST = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  refuseAgreement(await actor(), params.id, await body()),
);
