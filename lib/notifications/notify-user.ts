import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadDeliverySettings, quietUntil } from "./delivery-settings";
import { defaultOn, hasChannel, type Channel, type NotificationKind } from "./kinds";
import { queueEmail } from "./queue-email";
import type { RenderedEmail } from "./templates/layout";

/**
 * Tells one user about something, in the caller's transaction, on each channel the kind has and
 * the user keeps on (their role's default when they never chose): a row in their notifications,
 * an e-mail (held for their daily digest if they chose one) and a web push, both held until the
 * end of their quiet hours. The caller writes the texts in the user's language and makes the call
 * once (its own claim); each channel's delivery is then idempotent on its own row.
 */
export async function notifyUser(
  tx: Tx,
  user: { id: string; email: string },
  notification: {
    kind: NotificationKind;
    title: string;
    body: string;
    link: string;
    data?: Prisma.InputJsonValue;
    email?: RenderedEmail;
  },
): Promise<{ inApp: boolean; email: boolean; push: boolean }> {
  const { kind } = notification;
  const [preference, account] = await Promise.all([
    tx.notificationPreference.findUnique({
      where: { userId_type: { userId: user.id, type: kind } },
      select: { inApp: true, email: true, push: true },
    }),
    tx.user.findUnique({ where: { id: user.id }, select: { role: true, locale: true } }),
  ]);
  const on = (channel: Channel) =>
    hasChannel(kind, channel) &&
    (preference ? preference[channel] : defaultOn(account?.role ?? ("STUDENT" as Role), channel));
  const inApp = on("inApp");
  const email = Boolean(notification.email) && on("email");
  let push = on("push");
  if (push) push = (await tx.pushSubscription.count({ where: { userId: user.id } })) > 0;

  if (inApp) {
    await tx.notification.create({
      data: {
        userId: user.id,
        type: kind,
        title: notification.title,
        body: notification.body,
        link: notification.link,
        data: notification.data,
      },
    });
  }
  if (!email && !push) return { inApp, email, push };
  const settings = await loadDeliverySettings(tx, user.id);
  const notBefore = quietUntil(settings);
  if (email) {
    await queueEmail(tx, user.email, notification.email!, {
      userId: user.id,
      kind,
      locale: account?.locale,
      notBefore,
      hold: settings.emailDigest,
    });
  }
  if (push) {
    const message = await tx.pushMessage.create({
      data: {
        userId: user.id,
        kind,
        title: notification.title,
        body: notification.body,
        link: notification.link,
        notBefore,
      },
      select: { id: true },
    });
    if (!notBefore) await recordEvent(tx, "notification.push.send", { pushId: message.id });
  }
  return { inApp, email, push };
}
