import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { renderEmail, type RenderedEmail } from "@/lib/notifications/templates/layout";
import type { OfferSearchItem } from "../search-items";

export type DigestSection = { name: string; href: string; items: OfferSearchItem[]; more: boolean };

/** The daily e-mail of one student: per saved search, its new offers (a few, then a link to all). */
export function searchDigestEmail(input: { locale: string; name: string; sections: DigestSection[] }): RenderedEmail {
  const t = translator(input.locale, "search");
  const base = env().APP_URL;
  const paragraphs = input.sections.flatMap((section) => [
    t(section.more ? "digest.sectionMore" : "digest.section", { name: section.name, count: section.items.length }),
    ...section.items.map(
      (offer) => `• ${offer.title} — ${offer.enterprise.name}, ${offer.city}: ${base}/offers/${offer.id}`,
    ),
    ...(section.more ? [t("digest.seeAll", { url: `${base}${section.href}` })] : []),
  ]);
  return renderEmail({
    template: "savedSearchDigest",
    subject: t("digest.subject"),
    greeting: t("digest.greeting", { name: input.name }),
    paragraphs: [t("digest.intro"), ...paragraphs],
    action: { label: t("digest.action"), url: `${base}/student/searches` },
    footer: t("digest.footer"),
  });
}
