import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "./actor";
import { requireRole } from "./policy";

/**
 * A system admin disables an account (sign-in refused, every browser session and API token ended
 * at once) or enables it again. An admin never disables their own account, so that one always
 * remains to undo it.
 */
export async function setUserDisabled(actor: Actor | null, userId: unknown, disabled: boolean) {
  const me = requireRole(actor, "SYSTEM_ADMIN");
  if (!isPlausibleId(userId)) throw notFound("userNotFound");
  if (disabled && userId === me.userId) throw conflict("cannotDisableSelf");
  return db.$transaction(async (tx) => {
    const now = new Date();
    const changed = await tx.user.updateMany({
      where: { id: userId, deletedAt: null, disabledAt: disabled ? null : { not: null } },
      data: { disabledAt: disabled ? now : null },
    });
    if (changed.count === 0) {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { deletedAt: true } });
      if (!user) throw notFound("userNotFound");
      // An erased account has nobody left to sign in as.
      if (user.deletedAt) throw conflict("accountErased");
      return { changed: false };
    }
    if (disabled) {
      await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
      await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    }
    await recordAudit(tx, {
      actorId: me.userId,
      action: disabled ? "user.disabled" : "user.enabled",
      entity: "User",
      entityId: userId,
      before: { disabled: !disabled },
      after: { disabled },
    });
    return { changed: true };
  });
}
