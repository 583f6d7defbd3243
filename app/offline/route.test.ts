import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { PAGES_CACHE } from "@/components/pwa/offline-pages";
import { translator } from "@/lib/core/translator";
import { GET } from "./route";

const page = async (headers: Record<string, string> = {}) => {
  const response = GET(new Request("http://localhost:3000/offline", { headers }));
  return { response, html: await response.text() };
};

describe("the offline page", () => {
  it("speaks the language of the locale cookie, else of Accept-Language, else French", async () => {
    const english = await page({ cookie: "theme=dark; NEXT_LOCALE=en", "accept-language": "fr-FR" });
    expect(english.response.status).toBe(200);
    expect(english.response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(english.html).toContain('<html lang="en" dir="ltr">');
    expect(english.html).toContain("<title>You are offline</title>");

    const accepted = await page({ "accept-language": "de-DE, en-GB;q=0.8, fr;q=0.5" });
    expect(accepted.html).toContain('<html lang="en" dir="ltr">');
    const french = await page({ "accept-language": "de, es;q=0.9" });
    expect(french.html).toContain('<html lang="fr" dir="ltr">');
    expect(french.html).toContain("<title>Vous êtes hors ligne</title>");
    expect((await page({ cookie: "NEXT_LOCALE=xx", "accept-language": "en" })).html).toContain(
      '<html lang="en" dir="ltr">',
    );
  });

  it("is in Arabic, right to left, for an Arabic cookie or Accept-Language", async () => {
    const arabic = await page({ "accept-language": "ar-TN, fr;q=0.8" });
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    const title = translator("ar", "notifications.offline.page")("title");
    expect(title).not.toBe("Vous êtes hors ligne");
    expect(arabic.html).toContain(`<title>${title}</title>`);
    expect((await page({ cookie: "NEXT_LOCALE=ar", "accept-language": "en" })).html).toContain(
      '<html lang="ar" dir="rtl">',
    );
    // The browser's choice by cookie turns the page right to left too.
    expect(arabic.html).toContain('document.documentElement.dir = ["ar"].includes(lang) ? "rtl" : "ltr";');
  });

  it("carries both languages for the browser to choose from, and its script runs under the response's nonce", async () => {
    const { html } = await page({ "x-nonce": "abc123==" });
    const texts = JSON.parse(/<script type="application\/json" id="texts">(.*?)<\/script>/s.exec(html)![1]);
    expect(texts.fr.retry).toBe("Réessayer");
    expect(texts.en.retry).toBe("Try again");
    expect(html).toContain('<script nonce="abc123==">');
    // Without a nonce (no proxy), the script is still there, without the attribute.
    expect((await page()).html).toMatch(/<script>\(\(\) => \{/);
    // It lists the pages the worker saved for offline reading, from the worker's own cache.
    expect(html).toContain(`caches.open(${JSON.stringify(PAGES_CACHE)})`);
    expect(html).toContain('addEventListener("online", () => location.reload())');
    // The script is valid JavaScript (a syntax error would leave the page without its links).
    const script = /<script nonce="abc123==">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(() => new Script(script)).not.toThrow();
  });
});
