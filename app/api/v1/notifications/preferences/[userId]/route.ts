import { apiRoute } from "@/lib/core/api-route";
import { getNotificationPreferences } from "@/lib/notifications/get-notification-preferences";
import { updateNotificationPreferences } from "@/lib/notifications/update-notification-preferences";

export const GET = apiRoute<{ userId: string }>(async ({ actor, params }) =>
  getNotificationPreferences(await actor(), params.userId),
);

export const PUT = apiRoute<{ userId: string }>(async ({ actor, params, body }) =>
  updateNotificationPreferences(await actor(), params.userId, await body()),
);
