import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, invalid } from "@/lib/core/errors";
import { consume } from "@/lib/core/rate-limit";
import { validate } from "@/lib/core/validation";
import type { Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";
import { requireSignedIn } from "./policy";
import { changePasswordSchema } from "./schemas";

/**
 * The signed-in user replaces their password, proving they know the current one (5 tries in 15
 * minutes). Every other browser session and every API token ends: whoever knew the old password
 * is signed out; this browser stays signed in.
 */
export async function changePassword(actor: Actor | null, input: unknown) {
  const me = requireSignedIn(actor);
  const { currentPassword, password } = await validate(changePasswordSchema, input);
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { id: me.userId },
    select: { passwordHash: true },
  });
  if (!passwordHash) throw conflict("passwordNotSet");
  await consume("change-password", me.userId, 5, 900);
  if (!(await verifyPassword(passwordHash, currentPassword)))
    throw invalid({ currentPassword: field("wrongPassword") });
  const newHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.user.update({ where: { id: me.userId }, data: { passwordHash: newHash } });
    await tx.session.updateMany({
      where: { userId: me.userId, revokedAt: null, ...(me.sessionId && { id: { not: me.sessionId } }) },
      data: { revokedAt: now },
    });
    await tx.refreshToken.updateMany({ where: { userId: me.userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, { actorId: me.userId, action: "password.changed", entity: "User", entityId: me.userId });
  });
}
