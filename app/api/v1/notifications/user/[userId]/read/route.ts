import { apiRoute } from "@/lib/core/api-route";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";

export const PATCH = apiRoute<{ userId: string }>(async ({ actor, params }) =>
  markAllNotificationsRead(await actor(), params.userId),
);
