import type { Tx } from "@/lib/core/db";
import { asLocale } from "@/lib/core/i18n-config";
import { logger } from "@/lib/core/logger";
import { isEmailTemplateKey, paragraphsOf } from "./email-templates";
import { formatMessage } from "./template-variables";
import { plainText, type RenderedEmail } from "./templates/layout";

/**
 * The e-mail in the staff's wording for its language when they wrote one (NotificationTemplate), else
 * as it is. A wording that no longer formats (a variable its sender stopped giving) falls back to the
 * default: a message is never lost to a template.
 */
export async function applyEmailWording(tx: Tx, email: RenderedEmail): Promise<RenderedEmail> {
  const { editable, content } = email;
  if (!editable || !content || !isEmailTemplateKey(email.template)) return email;
  const locale = asLocale(editable.locale);
  const wording = await tx.notificationTemplate.findUnique({
    where: { key_locale_channel: { key: email.template, locale, channel: "EMAIL" } },
    select: { subject: true, body: true },
  });
  if (!wording) return email;
  try {
    const subject = formatMessage(locale, wording.subject, editable.values);
    const paragraphs = [
      ...paragraphsOf(formatMessage(locale, wording.body, editable.values)),
      ...(editable.extra ?? []),
    ];
    const edited = { ...content, paragraphs };
    return { ...email, subject, content: edited, text: plainText(edited) };
  } catch (error) {
    logger.warn({ err: error, template: email.template, locale }, "email wording does not format: default sent");
    return email;
  }
}
