import { apiRoute, noContent } from "@/lib/core/api-route";
import { revokeRefreshToken } from "@/lib/identity/token-pair";

export const POST = apiRoute(async ({ body }) => {
  await revokeRefreshToken(await body());
  return noContent();
});
