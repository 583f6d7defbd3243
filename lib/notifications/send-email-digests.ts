import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { queueEmail } from "./queue-email";
import { renderEmail } from "./templates/layout";

/**
 * One e-mail a day for each user who chose a digest: the subjects of the e-mails held for them, in
 * one message. The held e-mails are marked DIGESTED in the transaction that queues the digest, so
 * a repeated or retried run sends nothing twice.
 */
export async function sendEmailDigests(): Promise<{ digests: number }> {
  const users = await db.emailMessage.groupBy({ by: ["userId"], where: { status: "HELD", userId: { not: null } } });
  let digests = 0;
  for (const { userId } of users) {
    const sent = await db.$transaction(async (tx) => {
      const held = await tx.emailMessage.findMany({
        where: { userId, status: "HELD" },
        orderBy: { createdAt: "asc" },
        select: { id: true, subject: true, createdAt: true },
      });
      const { count } = await tx.emailMessage.updateMany({
        where: { id: { in: held.map((e) => e.id) }, status: "HELD" },
        data: { status: "DIGESTED" },
      });
      if (count === 0 || count !== held.length) return false;
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId! },
        select: { email: true, name: true, locale: true },
      });
      const t = translator(user.locale, "notifications.email.digest");
      const emails = translator(user.locale, "emails");
      await queueEmail(
        tx,
        user.email,
        renderEmail({
          template: "digest",
          subject: t("subject", { count: held.length }),
          greeting: user.name ? emails("greetingNamed", { name: user.name }) : emails("greeting"),
          paragraphs: [t("intro", { count: held.length }), ...held.map((e) => `• ${e.subject}`)],
          action: { label: t("action"), url: `${env().APP_URL}/notifications` },
          footer: emails("footer"),
        }),
        { locale: user.locale },
      );
      return true;
    });
    if (sent) digests++;
  }
  return { digests };
}
