import { apiRoute } from "@/lib/core/api-route";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";

/** The bell's number, cheap enough to poll: one indexed count. */
export const GET = apiRoute(async ({ actor }) => ({ unread: await countUnreadNotifications(await actor()) }));
