import { db } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";

/**
 * Sends what quiet hours held back once they are over: each due e-mail and push gets its send event,
 * and its `notBefore` is cleared in the same transaction, so a repeated run releases nothing twice.
 */
export async function releaseQuietHours(now = new Date()): Promise<{ emails: number; pushes: number }> {
  return db.$transaction(async (tx) => {
    const emails = await tx.emailMessage.findMany({
      where: { status: "PENDING", notBefore: { lte: now } },
      select: { id: true },
      take: 500,
    });
    const pushes = await tx.pushMessage.findMany({
      where: { notBefore: { lte: now } },
      select: { id: true },
      take: 500,
    });
    for (const { id } of emails) {
      const { count } = await tx.emailMessage.updateMany({
        where: { id, notBefore: { not: null } },
        data: { notBefore: null },
      });
      if (count) await recordEvent(tx, "notification.email.send", { emailId: id });
    }
    for (const { id } of pushes) {
      const { count } = await tx.pushMessage.updateMany({
        where: { id, notBefore: { not: null } },
        data: { notBefore: null },
      });
      if (count) await recordEvent(tx, "notification.push.send", { pushId: id });
    }
    return { emails: emails.length, pushes: pushes.length };
  });
}
