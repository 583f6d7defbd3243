import { db } from "@/lib/core/db";
import { LOCALES, type Locale } from "@/lib/core/i18n-config";
import type { Actor } from "@/lib/identity/actor";
import { defaultWording } from "./default-email-wording";
import { EMAIL_TEMPLATE_KEYS, EMAIL_TEMPLATES, type EmailTemplateKey } from "./email-templates";
import { requireEmailTemplateEditor } from "./policy";

export type EmailWording = {
  locale: Locale;
  default: { subject: string; body: string };
  override: { subject: string; body: string; updatedAt: Date; updatedBy: string | null } | null;
};
export type EmailTemplateEntry = {
  key: EmailTemplateKey;
  variables: string[];
  required: string[];
  wordings: EmailWording[];
};

/** Every editable e-mail, in each language: the catalogue's wording and the staff's, when they wrote one. */
export async function listEmailTemplates(actor: Actor | null): Promise<EmailTemplateEntry[]> {
  requireEmailTemplateEditor(actor);
  const overrides = await db.notificationTemplate.findMany({
    where: { channel: "EMAIL", key: { in: EMAIL_TEMPLATE_KEYS } },
    select: {
      key: true,
      locale: true,
      subject: true,
      body: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
    },
  });
  const byId = new Map(overrides.map((row) => [`${row.key}/${row.locale}`, row]));
  return EMAIL_TEMPLATE_KEYS.map((key) => ({
    key,
    variables: Object.keys(EMAIL_TEMPLATES[key].variables),
    required: [...EMAIL_TEMPLATES[key].required],
    wordings: LOCALES.map((locale) => {
      const row = byId.get(`${key}/${locale}`);
      return {
        locale,
        default: defaultWording(key, locale),
        override: row
          ? { subject: row.subject, body: row.body, updatedAt: row.updatedAt, updatedBy: row.updatedBy?.name ?? null }
          : null,
      };
    }),
  }));
}
