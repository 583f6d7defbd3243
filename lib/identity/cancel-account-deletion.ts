import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import type { Actor } from "./actor";
import { requireSignedIn } from "./policy";

/** The user changed their mind within the grace period: the account stays, as it was. */
export async function cancelAccountDeletion(actor: Actor | null) {
  const me = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const cancelled = await tx.user.updateMany({
      where: { id: me.userId, deletionScheduledFor: { not: null }, deletedAt: null },
      data: { deletionScheduledFor: null },
    });
    if (cancelled.count === 0) throw conflict("noDeletionScheduled");
    await recordAudit(tx, {
      actorId: me.userId,
      action: "account.deletion-cancelled",
      entity: "User",
      entityId: me.userId,
    });
    return null;
  });
}
