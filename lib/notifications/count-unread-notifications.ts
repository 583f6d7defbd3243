import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";

/** The number on the bell. */
export async function countUnreadNotifications(actor: Actor | null): Promise<number> {
  const me = requireActor(actor);
  return db.notification.count({ where: { userId: me.userId, readAt: null } });
}
