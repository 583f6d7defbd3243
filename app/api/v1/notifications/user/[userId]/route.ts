import { apiRoute } from "@/lib/core/api-route";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const GET = apiRoute<{ userId: string }>(async ({ actor, params, query }) =>
  listNotifications(await actor(), params.userId, query()),
);
