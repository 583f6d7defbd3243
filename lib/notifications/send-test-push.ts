import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { translator } from "@/lib/core/translator";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { vapidKeys } from "./web-push-keys";

/** A push to each of the caller's browsers, so they see that it works (quiet hours do not apply). */
export async function sendTestPush(actor: Actor | null): Promise<{ pushId: string | null; devices: number }> {
  const me = requireActor(actor);
  if (!vapidKeys()) throw conflict("pushNotConfigured");
  return db.$transaction(async (tx) => {
    const devices = await tx.pushSubscription.count({ where: { userId: me.userId } });
    // No browser to tell: nothing to send (the page offers the test once this browser is subscribed).
    if (devices === 0) return { pushId: null, devices: 0 };
    const user = await tx.user.findUniqueOrThrow({ where: { id: me.userId }, select: { locale: true } });
    const t = translator(user.locale, "notifications.push.test");
    const message = await tx.pushMessage.create({
      data: { userId: me.userId, kind: "test", title: t("title"), body: t("body"), link: "/profile" },
      select: { id: true },
    });
    await recordEvent(tx, "notification.push.send", { pushId: message.id });
    return { pushId: message.id, devices };
  });
}
