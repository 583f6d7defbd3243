import { forbidden } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";

/** Notifications and their settings are the user's own: nobody else reads them, admins neither. */
export function requireOwnNotifications(actor: Actor | null, userId: string): Actor {
  const me = requireActor(actor);
  if (me.userId !== userId) throw forbidden("ownNotificationsOnly");
  return me;
}
