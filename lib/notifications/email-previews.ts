import { env } from "@/lib/core/env";
import { notFound } from "@/lib/core/errors";
import { LOCALES } from "@/lib/core/i18n-config";
import { translator } from "@/lib/core/translator";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { renderBranded } from "./templates/render-branded";
import { unsubscribePageUrl, unsubscribeToken } from "./unsubscribe-token";

export type EmailPreview = { id: string; locale: string; subject: string; html: string; text: string };

// Every language of the UI, Arabic (right to left) included.

/**
 * Every notification e-mail laid out as sent (one per kind, the digest), in each language, with
 * sample texts: for the development preview page only, never in production.
 */
export async function listEmailPreviews(): Promise<EmailPreview[]> {
  if (env().NODE_ENV === "production") throw notFound("notFound");
  const previews: EmailPreview[] = [];
  for (const locale of LOCALES) {
    const kinds = translator(locale, "notifications.kinds");
    const emails = translator(locale, "emails");
    const mail = translator(locale, "notifications.email");
    const samples: { id: string; kind?: NotificationKind; subject: string; paragraphs: string[] }[] = [
      ...(Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).map((kind) => ({
        id: kind,
        kind,
        subject: kinds(`${kind}.label`),
        paragraphs: [kinds(`${kind}.hint`)],
      })),
      {
        id: "digest",
        subject: mail("digest.subject", { count: 2 }),
        paragraphs: [
          mail("digest.intro", { count: 2 }),
          `• ${kinds("applicationStatus.label")}`,
          `• ${kinds("interviews.label")}`,
        ],
      },
    ];
    for (const sample of samples) {
      const content = {
        greeting: emails("greetingNamed", { name: "Camille" }),
        paragraphs: sample.paragraphs,
        action: { label: mail("open"), url: `${env().APP_URL}/notifications` },
        footer: emails("footer"),
      };
      const unsubscribe = sample.kind
        ? {
            url: unsubscribePageUrl(unsubscribeToken("preview", sample.kind)),
            label: mail("unsubscribe", { kind: kinds(`${sample.kind}.label`) }),
          }
        : undefined;
      const { html, text } = await renderBranded({ locale, subject: sample.subject, content, unsubscribe });
      previews.push({ id: `${sample.id}-${locale}`, locale, subject: sample.subject, html, text });
    }
  }
  return previews;
}
