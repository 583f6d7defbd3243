import { apiRoute } from "@/lib/core/api-route";
import { sendStaffMessage } from "@/lib/notifications/send-staff-message";

export const POST = apiRoute(async ({ actor, body }) => sendStaffMessage(await actor(), await body()), {
  status: 202,
  rateLimit: { points: 10, seconds: 3600 },
});
