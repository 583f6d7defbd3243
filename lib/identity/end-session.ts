import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "./actor";
import { requireActor } from "./policy";

/**
 * Ends one of the caller's own sessions: a browser session (its cookie is refused from now on,
 * wherever it is) or an API token family (its refresh token stops working). `current` tells the
 * adapter to sign the browser out too.
 */
export async function endSession(actor: Actor | null, id: unknown): Promise<{ current: boolean }> {
  const me = requireActor(actor);
  // Session ids are cuids, family ids UUIDs: anything else names no session (and never reaches SQL).
  if (!isPlausibleId(id)) throw notFound("sessionNotFound");
  return db.$transaction(async (tx) => {
    const now = new Date();
    const browser = await tx.session.updateMany({
      where: { id, userId: me.userId, revokedAt: null },
      data: { revokedAt: now },
    });
    const family =
      browser.count === 0
        ? await tx.refreshToken.updateMany({
            where: { familyId: id, userId: me.userId, revokedAt: null },
            data: { revokedAt: now },
          })
        : { count: 0 };
    if (browser.count === 0 && family.count === 0) throw notFound("sessionNotFound");
    await recordAudit(tx, {
      actorId: me.userId,
      action: browser.count ? "session.ended" : "token-family.ended",
      entity: browser.count ? "Session" : "RefreshToken",
      entityId: id,
    });
    return { current: browser.count === 1 && id === me.sessionId };
  });
}
