import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { EMAIL_TEMPLATES, paragraphsOf } from "./email-templates";
import { requireEmailTemplateEditor } from "./policy";
import { emailTemplateSchema } from "./schemas";
import { formatMessage } from "./template-variables";
import { renderBranded } from "./templates/render-branded";

/**
 * A wording laid out as the e-mail would be sent, with sample values, before it is saved (it writes
 * nothing); refused like a save when its variables are wrong.
 */
export async function previewEmailTemplate(
  actor: Actor | null,
  input: unknown,
): Promise<{ subject: string; html: string; text: string }> {
  requireEmailTemplateEditor(actor);
  const { key, locale, subject, body } = await validate(emailTemplateSchema, input);
  const values = EMAIL_TEMPLATES[key].variables;
  const emails = translator(locale, "emails");
  const content = {
    greeting: emails("greetingNamed", { name: values.name }),
    paragraphs: paragraphsOf(formatMessage(locale, body, values)),
    action: { label: translator(locale, "notifications.email")("open"), url: `${env().APP_URL}/` },
    footer: emails("footer"),
  };
  const formatted = formatMessage(locale, subject, values);
  const { html, text } = await renderBranded({ locale, subject: formatted, content });
  return { subject: formatted, html, text };
}
