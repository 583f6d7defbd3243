import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/core/env";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

const sign = (userId: string, kind: string) =>
  createHmac("sha256", env().AUTH_SECRET).update(`unsubscribe:${userId}:${kind}`).digest("base64url");

/** A token that turns off one kind of e-mail for one user, and nothing else: `<userId>.<kind>.<hmac>`. */
export const unsubscribeToken = (userId: string, kind: NotificationKind) => `${userId}.${kind}.${sign(userId, kind)}`;

/** The user and kind a token names, or null when it was not signed by us. */
export function readUnsubscribeToken(token: string): { userId: string; kind: NotificationKind } | null {
  const [userId, kind, signature, ...rest] = token.split(".");
  if (!userId || !kind || !signature || rest.length > 0 || !Object.hasOwn(NOTIFICATION_KINDS, kind)) return null;
  const expected = Buffer.from(sign(userId, kind));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, kind: kind as NotificationKind };
}

/** The page a person opens from the e-mail's link (it asks before turning anything off). */
export const unsubscribePageUrl = (token: string) => `${env().APP_URL}/unsubscribe?token=${encodeURIComponent(token)}`;

/** The RFC 8058 one-click endpoint a mail client POSTs `List-Unsubscribe=One-Click` to. */
export const unsubscribePostUrl = (token: string) =>
  `${env().APP_URL}/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
