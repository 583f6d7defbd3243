import { apiRoute } from "@/lib/core/api-route";
import { verifyEmail } from "@/lib/identity/verify-email";

export const POST = apiRoute(async ({ body }) => {
  await verifyEmail(await body());
  return { verified: true };
});
