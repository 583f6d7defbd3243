import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, forbidden } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "./actor";
import { requireActor } from "./policy";
import { totpCodeSchema } from "./schemas";
import { verifySecondFactor } from "./verify-second-factor";

/**
 * Turns two-step verification off with a current code or a recovery code (rate-limited like
 * sign-in). System admins must keep it.
 */
export async function disableTotp(actor: Actor | null, input: unknown, ip: string): Promise<void> {
  const me = requireActor(actor);
  if (me.role === "SYSTEM_ADMIN") throw forbidden("totpRequiredForRole");
  const { code } = await validate(totpCodeSchema, input);
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.userId },
    select: { id: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!user.totpEnabledAt) throw conflict("totpNotEnabled");
  await verifySecondFactor(user, code, ip);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: me.userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.totpRecoveryCode.deleteMany({ where: { userId: me.userId } });
    await recordAudit(tx, { actorId: me.userId, action: "totp.disabled", entity: "User", entityId: me.userId });
  });
}
