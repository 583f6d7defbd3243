import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, conflict } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "./actor";
import { requireSignedIn } from "./policy";
import { totpCodeSchema } from "./schemas";
import { isTotpCode, newRecoveryCodes, recoveryCodeDigest, totpStep } from "./totp";

/**
 * Turns two-step verification on once the user proves their app has the pending secret, and
 * returns the recovery codes: shown this once, stored only as digests.
 */
export async function confirmTotp(actor: Actor | null, input: unknown): Promise<{ recoveryCodes: string[] }> {
  const me = requireSignedIn(actor);
  const { code } = await validate(totpCodeSchema, input);
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw conflict("totpAlreadyEnabled");
  if (!user.totpSecret) throw conflict("totpNotPending");
  const step = isTotpCode(code) ? totpStep(user.totpSecret, code) : null;
  if (step === null) throw new AppError("VALIDATION", "wrongTotpCode");

  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    // The secret checked is the one confirmed: a second enrolment started meanwhile fails here.
    const enabled = await tx.user.updateMany({
      where: { id: me.userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (enabled.count === 0) throw conflict("totpNotPending");
    await tx.totpRecoveryCode.deleteMany({ where: { userId: me.userId } });
    await tx.totpRecoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId: me.userId, codeHash: recoveryCodeDigest(code) })),
    });
    await recordAudit(tx, { actorId: me.userId, action: "totp.enabled", entity: "User", entityId: me.userId });
  });
  return { recoveryCodes };
}
