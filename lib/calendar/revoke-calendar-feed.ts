import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";

/** Turns the caller's calendar subscription off: its address answers 404. Nothing to revoke is no error. */
export async function revokeCalendarFeed(actor: Actor | null): Promise<null> {
  const me = requireActor(actor);
  await db.$transaction(async (tx) => {
    const row = await tx.calendarFeed.findUnique({ where: { userId: me.userId }, select: { id: true } });
    if (!row) return;
    await tx.calendarFeed.delete({ where: { id: row.id, userId: me.userId } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "calendar.feed-revoked",
      entity: "CalendarFeed",
      entityId: row.id,
    });
  });
  return null;
}
