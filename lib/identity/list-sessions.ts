import { db } from "@/lib/core/db";
import type { Actor } from "./actor";
import { SESSION_IDLE_SECONDS } from "./browser-session";
import { describeUserAgent } from "./device";
import { requireActor } from "./policy";

export type SessionSummary = {
  /** A browser session's id, or an API token family's id: either can be ended (end-session). */
  id: string;
  kind: "browser" | "api";
  /** The session this very request came through. */
  current: boolean;
  browser: string | null;
  os: string | null;
  ip: string | null;
  signedInAt: Date;
  lastSeenAt: Date;
};

/**
 * The caller's active sessions, newest use first: browser sessions (one per sign-in) and API
 * token families (one per login, "last seen" being the last refresh).
 */
export async function listSessions(actor: Actor | null): Promise<SessionSummary[]> {
  const me = requireActor(actor);
  const now = new Date();
  const [browsers, tokens] = await Promise.all([
    db.session.findMany({
      where: {
        userId: me.userId,
        revokedAt: null,
        expires: { gt: now },
        lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000) },
      },
      select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    }),
    // The live token of each family: not used, not revoked, not expired.
    db.refreshToken.findMany({
      where: { userId: me.userId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { familyId: true, createdAt: true, ip: true, userAgent: true },
    }),
  ]);
  const starts = tokens.length
    ? await db.refreshToken.groupBy({
        by: ["familyId"],
        where: { userId: me.userId, familyId: { in: tokens.map((t) => t.familyId) } },
        _min: { createdAt: true },
      })
    : [];
  const startOf = new Map(starts.map((s) => [s.familyId, s._min.createdAt]));
  const sessions: SessionSummary[] = [
    ...browsers.map((s) => ({
      id: s.id,
      kind: "browser" as const,
      current: s.id === me.sessionId,
      ...describeUserAgent(s.userAgent),
      ip: s.ip,
      signedInAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
    })),
    ...tokens.map((t) => ({
      id: t.familyId,
      kind: "api" as const,
      current: false,
      ...describeUserAgent(t.userAgent),
      ip: t.ip,
      signedInAt: startOf.get(t.familyId) ?? t.createdAt,
      lastSeenAt: t.createdAt,
    })),
  ];
  return sessions.sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
}
