import { db } from "@/lib/core/db";
import { field, invalid } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { getNotificationPreferences } from "./get-notification-preferences";
import { defaultOn, kindsFor } from "./kinds";
import { requireOwnNotifications } from "./policy";
import { preferencesSchema } from "./schemas";

/** Turns channels on or off per kind (kinds left out keep their settings), and sets the digest and quiet hours. */
export async function updateNotificationPreferences(
  actor: Actor | null,
  userId: string,
  input: unknown,
): ReturnType<typeof getNotificationPreferences> {
  const me = requireOwnNotifications(actor, userId);
  const { preferences, settings } = await validate(preferencesSchema, input);
  const mine = kindsFor(me.role);
  const foreign = preferences.findIndex((p) => !mine.includes(p.kind));
  if (foreign >= 0) throw invalid({ [`preferences.${foreign}.kind`]: field("choice") });
  await db.$transaction([
    ...preferences.map(({ kind, inApp, email, push }) =>
      db.notificationPreference.upsert({
        where: { userId_type: { userId: me.userId, type: kind } },
        create: { userId: me.userId, type: kind, inApp, email, push: push ?? defaultOn(me.role, "push") },
        update: { inApp, email, ...(push === undefined ? {} : { push }) },
      }),
    ),
    ...(settings
      ? [
          db.notificationSettings.upsert({
            where: { userId: me.userId },
            create: { userId: me.userId, ...settings },
            update: settings,
          }),
        ]
      : []),
  ]);
  return getNotificationPreferences(me, userId);
}
