import { LOCALE_COOKIE, LOCALES, type Locale } from "./i18n-config";

/** The cookie's language, else the first of Accept-Language we speak, else French (for a response built without the i18n request config: a route, not a page). */
export function requestLocale(headers: Headers): Locale {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if ((LOCALES as readonly string[]).includes(cookie ?? "")) return cookie as Locale;
  const accepted = (headers.get("accept-language") ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: tag.toLowerCase().split("-")[0], q: Number.isNaN(q) ? 0 : q };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .find((entry) => (LOCALES as readonly string[]).includes(entry.language));
  return (accepted?.language as Locale | undefined) ?? "fr";
}
