import { apiRoute } from "@/lib/core/api-route";
import { getPublicEnterprise } from "@/lib/enterprises/get-public-enterprise";
import { updateEnterpriseProfile } from "@/lib/enterprises/update-enterprise-profile";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getPublicEnterprise(await actor(), params.id));

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateEnterpriseProfile(await actor(), params.id, await body()),
);
