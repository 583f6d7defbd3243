import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";

/**
 * Tells the enterprise's admins and recruiters that an offer expired, each in their language,
 * once: expiryNotifiedAt is claimed in the same transaction as the e-mails.
 */
export async function notifyOfferExpired(offerId: string): Promise<{ sent: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.offer.updateMany({
      where: { id: offerId, status: "EXPIRED", expiryNotifiedAt: null },
      data: { expiryNotifiedAt: new Date() },
    });
    if (claimed.count === 0) return { sent: 0 };
    const offer = await tx.offer.findUniqueOrThrow({
      where: { id: offerId },
      select: {
        title: true,
        enterprise: {
          select: {
            members: {
              where: { role: { in: ["ADMIN", "RECRUITER"] } },
              select: { user: { select: { email: true, name: true, locale: true } } },
            },
          },
        },
      },
    });
    for (const { user } of offer.enterprise.members) {
      const t = translator(user.locale, "offers.expiredEmail");
      await queueEmail(
        tx,
        user.email,
        renderEmail({
          template: "offerExpired",
          subject: t("subject", { title: offer.title }),
          greeting: translator(user.locale, "emails")("greetingNamed", { name: user.name }),
          paragraphs: [t("body", { title: offer.title }), t("next")],
          action: { label: t("action"), url: `${env().APP_URL}/enterprise/offers/${offerId}/edit` },
          footer: translator(user.locale, "emails")("footer"),
        }),
      );
    }
    return { sent: offer.enterprise.members.length };
  });
}
