import { apiRoute } from "@/lib/core/api-route";
import { authenticatePassword } from "@/lib/identity/authenticate-password";
import { startTokenFamily } from "@/lib/identity/token-pair";

export const POST = apiRoute(
  async ({ body, ip, request }) => {
    const user = await authenticatePassword(await body(), ip);
    return startTokenFamily(user, { ip, userAgent: request.headers.get("user-agent") ?? undefined });
  },
  { rateLimit: { points: 60, seconds: 60 } },
);
