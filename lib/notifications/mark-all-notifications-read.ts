import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnNotifications } from "./policy";

/** Marks every unread notification of the user read. */
export async function markAllNotificationsRead(actor: Actor | null, userId: string): Promise<{ updated: number }> {
  const me = requireOwnNotifications(actor, userId);
  const { count } = await db.notification.updateMany({
    where: { userId: me.userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
