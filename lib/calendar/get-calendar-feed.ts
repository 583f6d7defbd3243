import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { feedSelect, toCalendarFeedView } from "./calendar-feed-view";

/** The caller's own calendar subscription, or null when they have none (or revoked it). */
export async function getCalendarFeed(actor: Actor | null) {
  const me = requireActor(actor);
  const row = await db.calendarFeed.findUnique({ where: { userId: me.userId }, select: feedSelect });
  return toCalendarFeedView(row);
}
