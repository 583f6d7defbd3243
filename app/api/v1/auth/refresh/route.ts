import { apiRoute } from "@/lib/core/api-route";
import { rotateRefreshToken } from "@/lib/identity/token-pair";

export const POST = apiRoute(async ({ body, ip, request }) =>
  rotateRefreshToken(await body(), { ip, userAgent: request.headers.get("user-agent") ?? undefined }),
);
