import { apiRoute } from "@/lib/core/api-route";
import { logIn } from "@/lib/identity/log-in";

export const POST = apiRoute(
  async ({ body, ip, request }) =>
    logIn(await body(), { ip, userAgent: request.headers.get("user-agent") ?? undefined }),
  { rateLimit: { points: 60, seconds: 60 } },
);
