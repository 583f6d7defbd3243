import { apiRoute } from "@/lib/core/api-route";
import { registerUser } from "@/lib/identity/register-user";

export const POST = apiRoute(async ({ body }) => ({ user: await registerUser(await body()) }), {
  status: 201,
  rateLimit: { points: 10, seconds: 3600 },
});
