import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { conflict } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import { consumeAccountLink } from "./consume-account-link";
import { verifyEmailSchema } from "./schemas";

/**
 * Follows the link sent to the new address: it becomes the account's sign-in address, confirmed.
 * The account still has to be the one that asked (the link names it) and to hold the address it
 * had then, so an older link cannot undo a later change.
 */
export async function confirmEmailChange(input: unknown): Promise<{ email: string }> {
  const { token } = await validate(verifyEmailSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const link = await consumeAccountLink(tx, "CHANGE_EMAIL", token);
      const from = (link.data as { from?: string } | null)?.from;
      const changed = await tx.user.updateMany({
        where: { id: link.userId!, ...(from && { email: from }), disabledAt: null },
        data: { email: link.email, emailVerified: new Date() },
      });
      if (changed.count !== 1) throw conflict("emailChangeOutdated");
      await recordAudit(tx, {
        actorId: link.userId,
        action: "email.changed",
        entity: "User",
        entityId: link.userId!,
        before: { email: from ?? null },
        after: { email: link.email },
      });
      return { email: link.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("newEmailTaken");
    throw error;
  }
}
