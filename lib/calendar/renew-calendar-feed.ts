import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { feedSelect, toCalendarFeedView, type CalendarFeedView } from "./calendar-feed-view";
import { feedToken, newSalt, tokenDigest } from "./feed-token";

/**
 * Creates the caller's calendar subscription, or gives it a new secret: the previous address
 * answers 404 from then on (calendars subscribed to it must be given the new one).
 */
export async function renewCalendarFeed(actor: Actor | null): Promise<CalendarFeedView> {
  const me = requireActor(actor);
  const salt = newSalt();
  const tokenHash = tokenDigest(feedToken(me.userId, salt));
  return db.$transaction(async (tx) => {
    const before = await tx.calendarFeed.findUnique({ where: { userId: me.userId }, select: { id: true } });
    const row = await tx.calendarFeed.upsert({
      where: { userId: me.userId },
      create: { userId: me.userId, salt, tokenHash },
      update: { salt, tokenHash },
      select: { ...feedSelect, id: true },
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: before ? "calendar.feed-renewed" : "calendar.feed-created",
      entity: "CalendarFeed",
      entityId: row.id,
    });
    return toCalendarFeedView(row)!;
  });
}
