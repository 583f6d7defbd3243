import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { loadDeliverySettings, type DeliverySettings } from "./delivery-settings";
import { requireOwnNotifications } from "./policy";
import { deliverySettingsSchema } from "./schemas";

/** Sets how the user's e-mails and pushes are paced: one e-mail per event or a daily digest, and quiet hours. */
export async function updateDeliverySettings(
  actor: Actor | null,
  userId: string,
  input: unknown,
): Promise<DeliverySettings> {
  const me = requireOwnNotifications(actor, userId);
  const settings = await validate(deliverySettingsSchema, input);
  await db.notificationSettings.upsert({
    where: { userId: me.userId },
    create: { userId: me.userId, ...settings },
    update: settings,
  });
  return loadDeliverySettings(db, me.userId);
}
