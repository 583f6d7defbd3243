export const LOCALES = ["fr", "en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Each language in its own name, whatever the current one (language menus). */
export const LOCALE_NAMES: Record<Locale, string> = { fr: "Français", en: "English", ar: "العربية" };

export const asLocale = (value: string | undefined | null): Locale =>
  (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : DEFAULT_LOCALE;

/** Languages written right to left (decision 0018). */
export const RTL_LOCALES: readonly Locale[] = ["ar"];
export const isRtl = (locale: string | undefined | null): boolean =>
  (RTL_LOCALES as readonly string[]).includes(locale ?? "");

/**
 * The language of content staff write in French and English only (agreement articles, evaluation forms,
 * rejection messages): English for English readers, French, the legal language, for everyone else (decision 0018).
 */
export const authoredLanguage = (locale: string | undefined | null): "fr" | "en" => (locale === "en" ? "en" : "fr");

/**
 * The tag for Intl outside next-intl (e-mails, PDFs, the assistant). Arabic is plain "ar", as in the UI: its
 * CLDR default is Latin digits (decision 0018).
 */
export const formattingLocale = (locale: string | undefined | null): string =>
  ({ fr: "fr-FR", en: "en-GB", ar: "ar" })[asLocale(locale)];
