import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";

/**
 * Tells every student who saved an imported offer that it closed (its posting was removed, answers
 * 404/410 or expired) or changed, in their language, in the app and by e-mail. Claimed once per change
 * through the item's `notifiedHash`, so a repeated event tells nobody twice.
 */
export async function notifySaversOfChange(input: {
  itemId: string;
  offerId: string;
  change: "updated" | "closed";
  hash: string;
}): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.importItem.updateMany({
      where: { id: input.itemId, OR: [{ notifiedHash: null }, { notifiedHash: { not: input.hash } }] },
      data: { notifiedHash: input.hash },
    });
    if (claimed.count === 0) return { told: 0 };
    const offer = await tx.offer.findUnique({
      where: { id: input.offerId },
      select: {
        title: true,
        enterprise: { select: { name: true } },
        favourites: {
          select: { student: { select: { user: { select: { id: true, email: true, name: true, locale: true } } } } },
        },
      },
    });
    if (!offer) return { told: 0 };
    const link = `/offers/${input.offerId}`;
    for (const { student } of offer.favourites) {
      const { user } = student;
      const t = translator(user.locale, `imports.savedOffer.${input.change}`);
      const values = { title: offer.title, enterprise: offer.enterprise.name };
      await notifyUser(tx, user, {
        kind: "savedOffers",
        title: t("title", values),
        body: t("body", values),
        link,
        data: { offerId: input.offerId, change: input.change },
        email: renderEmail({
          template: "savedOfferChanged",
          subject: t("title", values),
          greeting: translator(user.locale, "emails")("greetingNamed", { name: user.name }),
          paragraphs: [t("body", values)],
          action: { label: t("action"), url: `${env().APP_URL}${link}` },
          footer: translator(user.locale, "emails")("footer"),
        }),
      });
    }
    return { told: offer.favourites.length };
  });
}
