import { apiRoute } from "@/lib/core/api-route";
import { getAgreement } from "@/lib/agreements/get-agreement";
import { updateAgreement } from "@/lib/agreements/update-agreement";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getAgreement(await actor(), params.id));

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateAgreement(await actor(), params.id, await body()),
);
