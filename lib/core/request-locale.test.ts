import { describe, expect, it } from "vitest";
import { asLocale, authoredLanguage, formattingLocale, isRtl } from "./i18n-config";
import { requestLocale } from "./request-locale";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the language of a request", () => {
  it("is Arabic from the cookie, or from Accept-Language when no cookie chooses", () => {
    expect(requestLocale(headers({ cookie: "NEXT_LOCALE=ar", "accept-language": "en" }))).toBe("ar");
    expect(requestLocale(headers({ "accept-language": "ar-TN,ar;q=0.9,fr;q=0.8" }))).toBe("ar");
    expect(requestLocale(headers({ "accept-language": "de, ar-MA;q=0.7, en;q=0.5" }))).toBe("ar");
    expect(requestLocale(headers({ "accept-language": "fr-FR, ar;q=0.5" }))).toBe("fr");
    expect(requestLocale(headers({ cookie: "NEXT_LOCALE=en", "accept-language": "ar" }))).toBe("en");
    expect(requestLocale(headers({ "accept-language": "fa, he" }))).toBe("fr");
  });

  it("accepts ar as a locale, right to left, and nothing else than the three", () => {
    expect(asLocale("ar")).toBe("ar");
    expect(asLocale("AR")).toBe("fr");
    expect(isRtl("ar")).toBe(true);
    expect(isRtl("fr")).toBe(false);
    expect(isRtl("en")).toBe(false);
  });

  it("shows staff-written French and English content in French to Arabic readers", () => {
    expect(authoredLanguage("ar")).toBe("fr");
    expect(authoredLanguage("en")).toBe("en");
    expect(authoredLanguage(undefined)).toBe("fr");
  });

  it("formats Arabic dates and numbers with Latin digits, as the UI does", () => {
    const day = new Date("2026-03-05T00:00:00Z");
    const date = new Intl.DateTimeFormat(formattingLocale("ar"), { dateStyle: "long", timeZone: "UTC" }).format(day);
    expect(date).toBe("5 مارس 2026");
    // next-intl formats with the bare "ar" tag: its CLDR default numbering must stay Latin digits.
    expect(new Intl.NumberFormat("ar").format(1234.5)).toBe("1,234.5");
    expect(new Intl.NumberFormat("ar").resolvedOptions().numberingSystem).toBe("latn");
  });
});
