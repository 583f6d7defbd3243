import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import { consumeAccountLink } from "./consume-account-link";
import { verifyEmailSchema } from "./schemas";

/** Confirms an address from the e-mailed link. */
export async function verifyEmail(input: unknown): Promise<{ userId: string }> {
  const { token } = await validate(verifyEmailSchema, input);
  return db.$transaction(async (tx) => {
    const link = await consumeAccountLink(tx, "VERIFY_EMAIL", token);
    const before = await tx.user.findUnique({ where: { id: link.userId! }, select: { emailVerified: true } });
    const user = await tx.user.update({
      where: { id: link.userId!, email: link.email },
      data: { emailVerified: new Date() },
      select: { id: true, emailVerified: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.email-verified",
      entity: "User",
      entityId: user.id,
      before: { emailVerified: before?.emailVerified ?? null },
      after: { emailVerified: user.emailVerified },
    });
    await recordEvent(tx, "user.email-verified", { userId: user.id });
    return { userId: user.id };
  });
}
