import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { lastDigestTime, loadDeliverySettings } from "./delivery-settings";
import { queueEmail } from "./queue-email";
import { renderEmail } from "./templates/layout";

/**
 * The digest of each user whose digest time has come (run every hour): the subjects of the e-mails
 * held for them since, in one message; daily or weekly, at the hour of their time zone they chose.
 * E-mails held for someone who went back to single e-mails go out in a digest at once. The held
 * e-mails are marked DIGESTED in the transaction that queues the digest, so a repeated or retried
 * run sends nothing twice.
 */
export async function sendEmailDigests(now = new Date()): Promise<{ digests: number }> {
  const users = await db.emailMessage.groupBy({
    by: ["userId"],
    where: { status: "HELD", userId: { not: null } },
    _min: { createdAt: true },
  });
  let digests = 0;
  for (const { userId, _min } of users) {
    const settings = await loadDeliverySettings(db, userId!);
    const due = !settings.emailDigest || _min.createdAt! <= lastDigestTime(settings, now);
    if (!due) continue;
    const weekly = settings.emailDigest && settings.digestFrequency === "WEEKLY";
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
          subject: t(weekly ? "subjectWeekly" : "subject", { count: held.length }),
          greeting: user.name ? emails("greetingNamed", { name: user.name }) : emails("greeting"),
          paragraphs: [
            t(weekly ? "introWeekly" : "intro", { count: held.length }),
            ...held.map((e) => `• ${e.subject}`),
          ],
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
