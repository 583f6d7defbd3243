"use server";
import { renewCalendarFeed } from "@/lib/calendar/renew-calendar-feed";
import { revokeCalendarFeed } from "@/lib/calendar/revoke-calendar-feed";
import { serverAction } from "@/lib/core/server-action";

/** Creates the caller's calendar subscription, or replaces its secret (the old address answers 404). */
export const renewCalendarFeedAction = serverAction((_: null, actor) => renewCalendarFeed(actor), { input: "any" });

export const revokeCalendarFeedAction = serverAction((_: null, actor) => revokeCalendarFeed(actor), { input: "any" });
