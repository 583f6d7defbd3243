import { forbidden } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor, requireRole } from "@/lib/identity/policy";

/** Notifications and their settings are the user's own: nobody else reads them, admins neither. */
export function requireOwnNotifications(actor: Actor | null, userId: string): Actor {
  const me = requireActor(actor);
  if (me.userId !== userId) throw forbidden("ownNotificationsOnly");
  return me;
}

/** The wording of the platform's e-mails is the platform's: system admins edit it (every university's users receive it). */
export function requireEmailTemplateEditor(actor: Actor | null): Actor {
  return requireRole(actor, "SYSTEM_ADMIN");
}
