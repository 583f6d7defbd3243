import { apiRoute } from "@/lib/core/api-route";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

export const PATCH = apiRoute<{ id: string }>(async ({ actor, params }) =>
  markNotificationRead(await actor(), params.id),
);
