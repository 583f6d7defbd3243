import { db } from "@/lib/core/db";
import { consume } from "@/lib/core/rate-limit";
import { validate } from "@/lib/core/validation";
import { issueAccountLink } from "./issue-account-link";
import { requestPasswordResetSchema } from "./schemas";

/**
 * E-mails a reset link if the address has an account. The answer is the same either way, so the
 * form does not reveal who is registered.
 */
export async function requestPasswordReset(input: unknown): Promise<void> {
  const { email } = await validate(requestPasswordResetSchema, input);
  await consume("password-reset", email, 3, 3600);
  const user = await db.user.findFirst({ where: { email, disabledAt: null } });
  if (!user) return;
  await db.$transaction((tx) =>
    issueAccountLink(tx, "RESET_PASSWORD", {
      email: user.email,
      userId: user.id,
      name: user.name,
      locale: user.locale,
    }),
  );
}
