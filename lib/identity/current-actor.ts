import { cache } from "react";
import { loadActor, type Actor } from "./actor";
import { verifyAccessToken } from "./access-token";
import { auth } from "./next-auth";

/** The signed-in browser user, once per request (pages, layouts, server actions). */
export const sessionActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const actor = session?.user?.id ? await loadActor(session.user.id) : null;
  if (actor?.sessionsValidAfter && (session?.issuedAt ?? 0) * 1000 < actor.sessionsValidAfter.getTime()) return null;
  return actor;
});

/** API callers: a bearer access token if one is sent, else the browser session. */
export async function requestActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    return loadActor(await verifyAccessToken(authorization.slice(7).trim()));
  }
  return sessionActor();
}
