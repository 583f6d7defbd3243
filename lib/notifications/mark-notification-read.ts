import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";

/** Marks one of the user's notifications read; marking it again changes nothing. */
export async function markNotificationRead(
  actor: Actor | null,
  notificationId: string,
): Promise<{ id: string; readAt: Date }> {
  const me = requireActor(actor);
  await db.notification.updateMany({
    where: { id: notificationId, userId: me.userId, readAt: null },
    data: { readAt: new Date() },
  });
  const row = await db.notification.findFirst({
    where: { id: notificationId, userId: me.userId },
    select: { id: true, readAt: true },
  });
  if (!row?.readAt) throw notFound("notificationNotFound");
  return { id: row.id, readAt: row.readAt };
}
