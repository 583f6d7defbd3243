import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import { consumeAccountLink } from "./consume-account-link";
import { hashPassword } from "./password";
import { resetPasswordSchema } from "./schemas";

/** Sets a new password from an e-mailed link and signs the account out everywhere (API and browsers). */
export async function resetPassword(input: unknown): Promise<void> {
  const { token, password } = await validate(resetPasswordSchema, input);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const link = await consumeAccountLink(tx, "RESET_PASSWORD", token);
    const now = new Date();
    // Following the link proves control of the inbox, so it also confirms the address.
    const user = await tx.user.update({
      where: { id: link.userId!, email: link.email },
      data: { passwordHash, emailVerified: now },
      select: { id: true, emailVerified: true },
    });
    // Whoever held the old password may hold a session: every browser session and API token family ends.
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await tx.refreshToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, { actorId: user.id, action: "password.reset", entity: "User", entityId: user.id });
  });
}
