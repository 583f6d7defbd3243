import { apiRoute } from "@/lib/core/api-route";
import { unsubscribeByToken } from "@/lib/notifications/unsubscribe-by-token";

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` here, signed
 * out; the signed token in the query names the user and the one kind of e-mail to stop. The page's
 * own form posts here too and is sent back to the page.
 */
export const POST = apiRoute(
  async ({ query, request }) => {
    const { token } = query();
    const result = await unsubscribeByToken(token);
    if (request.headers.get("accept")?.includes("text/html")) {
      const page = new URL(`/unsubscribe?token=${encodeURIComponent(token!)}&done=1`, request.url);
      return new Response(null, { status: 303, headers: { location: page.pathname + page.search } });
    }
    return result;
  },
  { rateLimit: { points: 20, seconds: 60 } },
);
