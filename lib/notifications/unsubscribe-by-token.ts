import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { defaultOn, type NotificationKind } from "./kinds";
import { readUnsubscribeToken } from "./unsubscribe-token";

function readToken(token: unknown) {
  const read = typeof token === "string" && token.length <= 200 ? readUnsubscribeToken(token) : null;
  if (!read) throw notFound("unsubscribeLinkInvalid");
  return read;
}

/** What an unsubscribe link turns off, and whether it is off already (for the page; writes nothing). */
export async function describeUnsubscribeLink(token: unknown): Promise<{ kind: NotificationKind; off: boolean }> {
  const { userId, kind } = readToken(token);
  const user = await db.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: { notificationPrefs: { where: { type: kind }, select: { email: true } } },
  });
  if (!user) throw notFound("unsubscribeLinkInvalid");
  return { kind, off: user.notificationPrefs[0]?.email === false };
}

/**
 * The one-click unsubscribe of an e-mail (RFC 8058): the signed token is the authority, no session is
 * needed, and it turns off the e-mails of its own kind only; the other channels stay as they were.
 */
export async function unsubscribeByToken(token: unknown): Promise<{ kind: NotificationKind; email: false }> {
  const { userId, kind } = readToken(token);
  const user = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true, role: true } });
  if (!user) throw notFound("unsubscribeLinkInvalid");
  await db.notificationPreference.upsert({
    where: { userId_type: { userId: user.id, type: kind } },
    create: {
      userId: user.id,
      type: kind,
      email: false,
      inApp: defaultOn(user.role, "inApp"),
      push: defaultOn(user.role, "push"),
    },
    update: { email: false },
  });
  return { kind, email: false };
}
