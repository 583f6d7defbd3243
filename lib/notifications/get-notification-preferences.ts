import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { loadDeliverySettings, type DeliverySettings } from "./delivery-settings";
import { defaultOn, hasChannel, kindsFor, type NotificationKind } from "./kinds";
import { requireOwnNotifications } from "./policy";

export type KindPreference = {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
  push: boolean;
  /** The channels this kind uses; a switch for another one has no effect. */
  channels: { inApp: boolean; email: boolean; push: boolean };
};

/**
 * The user's settings for each kind of notification their role receives (their role's default
 * unless they chose), with their daily digest and quiet hours.
 */
export async function getNotificationPreferences(
  actor: Actor | null,
  userId: string,
): Promise<{ items: KindPreference[]; settings: DeliverySettings }> {
  const me = requireOwnNotifications(actor, userId);
  const kinds = kindsFor(me.role);
  const [stored, settings] = await Promise.all([
    db.notificationPreference.findMany({
      where: { userId: me.userId, type: { in: kinds } },
      select: { type: true, inApp: true, email: true, push: true },
    }),
    loadDeliverySettings(db, me.userId),
  ]);
  const byKind = new Map(stored.map((row) => [row.type, row]));
  return {
    items: kinds.map((kind) => ({
      kind,
      inApp: byKind.get(kind)?.inApp ?? defaultOn(me.role, "inApp"),
      email: byKind.get(kind)?.email ?? defaultOn(me.role, "email"),
      push: byKind.get(kind)?.push ?? defaultOn(me.role, "push"),
      channels: { inApp: hasChannel(kind, "inApp"), email: hasChannel(kind, "email"), push: hasChannel(kind, "push") },
    })),
    settings,
  };
}
