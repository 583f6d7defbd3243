import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { hasChannel, kindsFor, type NotificationKind } from "./kinds";
import { requireOwnNotifications } from "./policy";

export type KindPreference = {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
  /** The channels this kind uses; a switch for another one has no effect. */
  channels: { inApp: boolean; email: boolean };
};

/** The user's settings for each kind of notification their role receives (on unless turned off). */
export async function getNotificationPreferences(
  actor: Actor | null,
  userId: string,
): Promise<{ items: KindPreference[] }> {
  const me = requireOwnNotifications(actor, userId);
  const kinds = kindsFor(me.role);
  const stored = await db.notificationPreference.findMany({
    where: { userId: me.userId, type: { in: kinds } },
    select: { type: true, inApp: true, email: true },
  });
  const byKind = new Map(stored.map((row) => [row.type, row]));
  return {
    items: kinds.map((kind) => ({
      kind,
      inApp: byKind.get(kind)?.inApp ?? true,
      email: byKind.get(kind)?.email ?? true,
      channels: { inApp: hasChannel(kind, "inApp"), email: hasChannel(kind, "email") },
    })),
  };
}
