import type { Tx } from "@/lib/core/db";
import type { AuthTokenPurpose, Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { accountEmail, type AccountEmailKind } from "./account-emails";
import { digest, newToken } from "./secure-token";

/** The purposes of account links; a guest's link (lib/identity/guest-link.ts) carries no account e-mail. */
type AccountLinkPurpose = Exclude<AuthTokenPurpose, "EVALUATION_LINK">;
const LIFETIME_HOURS: Record<AccountLinkPurpose, number> = {
  VERIFY_EMAIL: 48,
  RESET_PASSWORD: 1,
  INVITATION: 24 * 7,
  CHANGE_EMAIL: 24,
};
const EMAIL_KIND = {
  VERIFY_EMAIL: "verifyEmail",
  RESET_PASSWORD: "resetPassword",
  INVITATION: "invitation",
  CHANGE_EMAIL: "changeEmail",
} as const;

/**
 * Creates a single-use link token and queues the e-mail that carries it, in the caller's transaction.
 * `email` picks another text for the same purpose (an enterprise's invitation), its values, and
 * another lifetime. Returns the token's row id (its invitation, for a resend or a cancellation).
 */
export async function issueAccountLink(
  tx: Tx,
  purpose: AccountLinkPurpose,
  recipient: { email: string; userId?: string; name?: string; locale: string },
  data?: Prisma.InputJsonValue,
  email?: { kind: AccountEmailKind; values: Record<string, string>; lifetimeHours?: number },
): Promise<string> {
  const token = newToken();
  const row = await tx.authToken.create({
    data: {
      purpose,
      tokenHash: digest(token),
      email: recipient.email,
      userId: recipient.userId,
      data,
      expiresAt: new Date(Date.now() + (email?.lifetimeHours ?? LIFETIME_HOURS[purpose]) * 3600_000),
    },
    select: { id: true },
  });
  await queueEmail(
    tx,
    recipient.email,
    accountEmail(email?.kind ?? EMAIL_KIND[purpose], { ...recipient, token, values: email?.values }),
  );
  return row.id;
}
