import { db } from "@/lib/core/db";
import { field, invalid } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { getNotificationPreferences, type KindPreference } from "./get-notification-preferences";
import { kindsFor } from "./kinds";
import { requireOwnNotifications } from "./policy";
import { preferencesSchema } from "./schemas";

/** Turns channels on or off per kind; kinds left out keep their settings. */
export async function updateNotificationPreferences(
  actor: Actor | null,
  userId: string,
  input: unknown,
): Promise<{ items: KindPreference[] }> {
  const me = requireOwnNotifications(actor, userId);
  const { preferences } = await validate(preferencesSchema, input);
  const mine = kindsFor(me.role);
  const foreign = preferences.findIndex((p) => !mine.includes(p.kind));
  if (foreign >= 0) throw invalid({ [`preferences.${foreign}.kind`]: field("choice") });
  await db.$transaction(
    preferences.map(({ kind, inApp, email }) =>
      db.notificationPreference.upsert({
        where: { userId_type: { userId: me.userId, type: kind } },
        create: { userId: me.userId, type: kind, inApp, email },
        update: { inApp, email },
      }),
    ),
  );
  return getNotificationPreferences(me, userId);
}
