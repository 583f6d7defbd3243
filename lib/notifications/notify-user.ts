import type { Tx } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasChannel, type NotificationKind } from "./kinds";
import { queueEmail } from "./queue-email";
import type { RenderedEmail } from "./templates/layout";

/**
 * Tells one user about something, in the caller's transaction: a row in their notifications and
 * an e-mail, each only if the kind has that channel and the user has not turned it off. The
 * caller writes the texts in the user's language and makes the call once (its own claim).
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
): Promise<{ inApp: boolean; email: boolean }> {
  const preference = await tx.notificationPreference.findUnique({
    where: { userId_type: { userId: user.id, type: notification.kind } },
    select: { inApp: true, email: true },
  });
  const inApp = hasChannel(notification.kind, "inApp") && (preference?.inApp ?? true);
  const email = Boolean(notification.email) && hasChannel(notification.kind, "email") && (preference?.email ?? true);
  if (inApp) {
    await tx.notification.create({
      data: {
        userId: user.id,
        type: notification.kind,
        title: notification.title,
        body: notification.body,
        link: notification.link,
        data: notification.data,
      },
    });
  }
  if (email) await queueEmail(tx, user.email, notification.email!);
  return { inApp, email };
}
