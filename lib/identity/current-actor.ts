import { cache } from "react";
import { loadActor, type Actor } from "./actor";
import { verifyAccessToken } from "./access-token";
import { auth } from "./next-auth";
import { totpEnrolmentRequired } from "./policy";

/**
 * The signed-in browser user, once per request (pages, layouts, server actions). `auth()` runs the
 * `jwt` callback of next-auth.ts, which finds the session's row by the cookie's secret (one unique
 * index lookup) and drops the session when the row is revoked, expired or idle: only then does the
 * session carry `sessionId`. A cookie without one (signed out, or from before server-side sessions)
 * is no session.
 */
export const sessionActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.sessionId) return null;
  const actor = await loadActor(session.user.id);
  return actor && { ...actor, sessionId: session.sessionId };
});

/**
 * API callers: a bearer access token if one is sent, else the browser session. A system admin
 * without a second factor is refused here, with the reason, whatever the route.
 */
export async function requestActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  const actor = authorization?.toLowerCase().startsWith("bearer ")
    ? await loadActor(await verifyAccessToken(authorization.slice(7).trim()))
    : await sessionActor();
  if (actor?.role === "SYSTEM_ADMIN" && !actor.totpEnabled) throw totpEnrolmentRequired();
  return actor;
}
