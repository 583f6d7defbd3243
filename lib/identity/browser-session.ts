import { db } from "@/lib/core/db";
import { newToken, digest } from "./secure-token";
import { recognizeDevice, type SignInClient } from "./sign-in-device";

/** A session ends after a week without use, and a month after sign-in whatever happens. */
export const SESSION_IDLE_SECONDS = 7 * 24 * 3600;
export const SESSION_MAX_SECONDS = 30 * 24 * 3600;
/** "Last seen" is written at most this often, not on every request. */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;

export type BrowserClient = SignInClient & {
  /** The long-lived device cookie (decision 0010); a new one is made when the browser has none. */
  deviceCookie?: string;
};

/** What the session cookie's JWT carries: the secret (only its digest is stored) and the row id. */
export type StartedSession = { secret: string; sessionId: string; signedInAt: Date; deviceCookie: string };

/**
 * Starts a browser session for a user who has just proved who they are: one row per sign-in,
 * revocable server-side. The secret goes into the encrypted session cookie.
 */
export async function startBrowserSession(userId: string, client: BrowserClient): Promise<StartedSession> {
  const secret = newToken();
  const deviceCookie =
    client.deviceCookie && /^[\w-]{43}$/.test(client.deviceCookie) ? client.deviceCookie : newToken();
  const now = new Date();
  const session = await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, name: true, locale: true },
    });
    const deviceId = await recognizeDevice(tx, user, `browser|${deviceCookie}`, client);
    return tx.session.create({
      data: {
        userId,
        sessionToken: digest(secret),
        expires: new Date(now.getTime() + SESSION_MAX_SECONDS * 1000),
        createdAt: now,
        lastSeenAt: now,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 500),
        deviceId,
      },
      select: { id: true, createdAt: true },
    });
  });
  return { secret, sessionId: session.id, signedInAt: session.createdAt, deviceCookie };
}

/**
 * The one lookup that keeps a browser session alive: its row by the digest of the cookie's
 * secret (a unique index). Revoked, expired, idle, or another user's: null. "Last seen" and the
 * address are refreshed at most every few minutes.
 */
export async function resolveBrowserSession(
  secret: string,
  userId: string,
  client: SignInClient,
): Promise<{ id: string; signedInAt: Date } | null> {
  const row = await db.session.findUnique({
    where: { sessionToken: digest(secret) },
    select: { id: true, userId: true, createdAt: true, lastSeenAt: true, expires: true, revokedAt: true },
  });
  const now = Date.now();
  if (!row || row.userId !== userId || row.revokedAt || row.expires.getTime() <= now) return null;
  if (row.lastSeenAt.getTime() + SESSION_IDLE_SECONDS * 1000 <= now) return null;
  if (now - row.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) {
    await db.session.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { lastSeenAt: new Date(now), ip: client.ip },
    });
  }
  return { id: row.id, signedInAt: row.createdAt };
}

/** Sign-out: the session behind this cookie secret ends, whatever copies of the cookie exist. */
export async function revokeBrowserSession(secret: string): Promise<void> {
  await db.session.updateMany({
    where: { sessionToken: digest(secret), revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
