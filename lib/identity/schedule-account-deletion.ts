import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, invalid } from "@/lib/core/errors";
import { consume } from "@/lib/core/rate-limit";
import { validate } from "@/lib/core/validation";
import type { Actor } from "./actor";
import { DELETION_GRACE_DAYS } from "./account-deletion";
import { verifyPassword } from "./password";
import { requireSignedIn } from "./policy";
import { scheduleDeletionSchema } from "./schemas";

/**
 * The user asks to delete their account: after their password, it is erased DELETION_GRACE_DAYS
 * later (erase-due-accounts.ts) unless they sign in and cancel. Every other session ends now. An
 * enterprise is never left without an admin, nor the platform without a system admin.
 */
export async function scheduleAccountDeletion(actor: Actor | null, input: unknown, now = new Date()) {
  const me = requireSignedIn(actor);
  const { password } = await validate(scheduleDeletionSchema, input);
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.userId },
    select: { passwordHash: true, deletionScheduledFor: true },
  });
  if (user.deletionScheduledFor) throw conflict("deletionAlreadyScheduled");
  if (user.passwordHash) {
    await consume("schedule-deletion", me.userId, 5, 900);
    if (!(await verifyPassword(user.passwordHash, password))) throw invalid({ password: field("wrongPassword") });
  }
  if (me.enterprise?.memberRole === "ADMIN") {
    const admins = await db.enterpriseMember.count({ where: { enterpriseId: me.enterprise.id, role: "ADMIN" } });
    if (admins <= 1) throw conflict("lastEnterpriseAdmin");
  }
  if (me.role === "SYSTEM_ADMIN") {
    const admins = await db.user.count({
      where: { role: "SYSTEM_ADMIN", disabledAt: null, deletionScheduledFor: null },
    });
    if (admins <= 1) throw conflict("lastSystemAdmin");
  }
  const deletionScheduledFor = new Date(now.getTime() + DELETION_GRACE_DAYS * 86_400_000);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: me.userId }, data: { deletionScheduledFor } });
    await tx.session.updateMany({
      where: { userId: me.userId, revokedAt: null, ...(me.sessionId && { id: { not: me.sessionId } }) },
      data: { revokedAt: now },
    });
    await tx.refreshToken.updateMany({ where: { userId: me.userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "account.deletion-scheduled",
      entity: "User",
      entityId: me.userId,
      after: { deletionScheduledFor },
    });
  });
  return { deletionScheduledFor };
}
