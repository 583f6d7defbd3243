import { asLocale, type Locale } from "@/lib/core/i18n-config";
import { catalogues } from "@/lib/core/translator";
import { EMAIL_TEMPLATES, type EmailTemplateDefinition, type EmailTemplateKey } from "./email-templates";

const rawMessage = (locale: Locale, path: string): string => {
  let node: unknown = catalogues[locale];
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`No message ${path} in ${locale}`);
  return node;
};

/** The catalogue's wording of an e-mail in a language, as staff would write it: the body's paragraphs separated by a blank line. */
export function defaultWording(key: EmailTemplateKey, locale: string): { subject: string; body: string } {
  const definition: EmailTemplateDefinition = EMAIL_TEMPLATES[key];
  const lang = asLocale(locale);
  return {
    subject: rawMessage(lang, definition.subject.message) + (definition.subject.suffix ?? ""),
    body: definition.body.map((path) => rawMessage(lang, path)).join("\n\n"),
  };
}
