import { apiRoute } from "@/lib/core/api-route";
import { sendTestPush } from "@/lib/notifications/send-test-push";

export const POST = apiRoute(async ({ actor }) => sendTestPush(await actor()), {
  status: 202,
  rateLimit: { points: 5, seconds: 60 },
});
