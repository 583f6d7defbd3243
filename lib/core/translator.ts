import { createTranslator } from "next-intl";
import { catalogues } from "@/messages";
import { asLocale } from "./i18n-config";

export { catalogues };

/** Translations outside React (e-mails, API messages), from the same catalogues as the UI. */
export function translator(locale: string | undefined, namespace?: string): Translate {
  const resolved = asLocale(locale);
  return createTranslator({
    locale: resolved,
    messages: catalogues[resolved],
    namespace: namespace as never,
  }) as Translate;
}

/** Keys are checked by a test over both catalogues rather than by the type system here. */
type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has(key: string): boolean };
