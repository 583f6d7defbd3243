import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import { consume } from "@/lib/core/rate-limit";
import type { Actor } from "./actor";
import { issueAccountLink } from "./issue-account-link";
import { requireRole } from "./policy";

/**
 * A system admin sends a user who never confirmed their address a fresh confirmation link (the
 * user says the first one never came); at most 3 an hour per account.
 */
export async function resendUserConfirmation(actor: Actor | null, userId: unknown) {
  const me = requireRole(actor, "SYSTEM_ADMIN");
  if (!isPlausibleId(userId)) throw notFound("userNotFound");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true, emailVerified: true, disabledAt: true },
  });
  if (!user) throw notFound("userNotFound");
  if (user.emailVerified) throw conflict("userAlreadyConfirmed");
  if (user.disabledAt) throw conflict("userDisabled");
  await consume("resend-verification", user.id, 3, 3600);
  await db.$transaction(async (tx) => {
    await issueAccountLink(tx, "VERIFY_EMAIL", {
      email: user.email,
      userId: user.id,
      name: user.name,
      locale: user.locale,
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "user.confirmation-resent",
      entity: "User",
      entityId: user.id,
    });
  });
  return { email: user.email };
}
