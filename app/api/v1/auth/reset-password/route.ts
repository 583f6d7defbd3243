import { apiRoute } from "@/lib/core/api-route";
import { requestPasswordReset } from "@/lib/identity/request-password-reset";
import { resetPassword } from "@/lib/identity/reset-password";

/** `{ email }` asks for a link (always 202); `{ token, password }` sets the new password. */
export const POST = apiRoute(
  async ({ body }) => {
    const input = await body();
    if (input && typeof input === "object" && "token" in input) {
      await resetPassword(input);
      return Response.json({ reset: true });
    }
    await requestPasswordReset(input);
    return Response.json({ sent: true }, { status: 202 });
  },
  { rateLimit: { points: 10, seconds: 3600 } },
);
