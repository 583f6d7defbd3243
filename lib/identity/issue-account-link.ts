import type { Tx } from "@/lib/core/db";
import type { AuthTokenPurpose, Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { accountEmail, type AccountEmailKind } from "./account-emails";
import { digest, newToken } from "./secure-token";

const LIFETIME_HOURS: Record<AuthTokenPurpose, number> = { VERIFY_EMAIL: 48, RESET_PASSWORD: 1, INVITATION: 24 * 7 };
const EMAIL_KIND = { VERIFY_EMAIL: "verifyEmail", RESET_PASSWORD: "resetPassword", INVITATION: "invitation" } as const;

/**
 * Creates a single-use link token and queues the e-mail that carries it, in the caller's transaction.
 * `email` picks another text for the same purpose (an enterprise's invitation) and its values.
 */
export async function issueAccountLink(
  tx: Tx,
  purpose: AuthTokenPurpose,
  recipient: { email: string; userId?: string; name?: string; locale: string },
  data?: Prisma.InputJsonValue,
  email?: { kind: AccountEmailKind; values: Record<string, string> },
): Promise<void> {
  const token = newToken();
  await tx.authToken.create({
    data: {
      purpose,
      tokenHash: digest(token),
      email: recipient.email,
      userId: recipient.userId,
      data,
      expiresAt: new Date(Date.now() + LIFETIME_HOURS[purpose] * 3600_000),
    },
  });
  await queueEmail(
    tx,
    recipient.email,
    accountEmail(email?.kind ?? EMAIL_KIND[purpose], { ...recipient, token, values: email?.values }),
  );
}
