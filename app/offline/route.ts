import { PAGES_CACHE } from "@/components/pwa/offline-pages";
import { isRtl, LOCALE_COOKIE, LOCALES, RTL_LOCALES, type Locale } from "@/lib/core/i18n-config";
import { requestLocale } from "@/lib/core/request-locale";
import { translator } from "@/lib/core/translator";

// The page the service worker shows when a page is neither reachable nor saved on the device. It is
// precached at install (app/serwist/[path]/route.ts), so it stands alone: inline styles, and one
// inline script carrying the nonce of the policy it was served with (the cached copy keeps both). The
// script picks the language of the locale cookie when it can read it (the server chose by cookie or
// Accept-Language at install), lists the pages saved for offline reading, and reloads when the network
// is back.

export const dynamic = "force-dynamic";

const KEYS = ["title", "lead", "retry", "cached", "noneCached", "back"] as const;

function texts(locale: Locale) {
  const t = translator(locale, "notifications.offline.page");
  return Object.fromEntries(KEYS.map((key) => [key, t(key)])) as Record<(typeof KEYS)[number], string>;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Runs in the browser: no module, no framework, only what the cached copy carries. */
const SCRIPT = `(() => {
  const all = JSON.parse(document.getElementById("texts").textContent);
  const chosen = /(?:^|; )${LOCALE_COOKIE}=(\\w+)/.exec(document.cookie);
  const lang = chosen && all[chosen[1]] ? chosen[1] : document.documentElement.lang;
  const t = all[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = ${JSON.stringify(RTL_LOCALES)}.includes(lang) ? "rtl" : "ltr";
  document.querySelectorAll("[data-text]").forEach((node) => { node.textContent = t[node.dataset.text]; });
  document.title = t.title;
  document.getElementById("retry").addEventListener("click", () => location.reload());
  addEventListener("online", () => location.reload());
  const list = document.getElementById("pages");
  const none = document.getElementById("none");
  if (!("caches" in self)) return;
  caches.open(${JSON.stringify(PAGES_CACHE)})
    .then((cache) => cache.keys().then((requests) => Promise.all(requests.map((request) =>
      cache.match(request).then((response) => response ? response.text() : "").then((html) => {
        const url = new URL(request.url);
        const title = /<title[^>]*>([^<]*)<\\/title>/i.exec(html);
        return { href: url.pathname + url.search, title: title ? title[1] : url.pathname };
      })))))
    .then((pages) => {
      if (pages.length === 0) return;
      none.hidden = true;
      list.previousElementSibling.hidden = false;
      for (const page of pages.sort((a, b) => a.href.localeCompare(b.href))) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = page.href;
        const probe = document.createElement("textarea");
        probe.innerHTML = page.title;
        link.textContent = probe.value;
        item.append(link);
        list.append(item);
      }
    })
    .catch(() => undefined);
})();`;

export function GET(request: Request) {
  const locale = requestLocale(request.headers);
  const all = Object.fromEntries(LOCALES.map((l) => [l, texts(l)])) as Record<Locale, ReturnType<typeof texts>>;
  const t = all[locale];
  const nonce = request.headers.get("x-nonce");
  const nonceAttribute = nonce ? ` nonce="${escape(nonce)}"` : "";
  const html = `<!doctype html>
<html lang="${locale}" dir="${isRtl(locale) ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title)}</title>
<link rel="icon" href="/icons/icon-192.png">
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; display: grid; place-items: center; min-height: 100vh; background: Canvas; color: CanvasText; }
  main { max-width: 34rem; padding: 2rem 1.5rem; }
  h1 { font-size: 1.5rem; margin: 1rem 0 .5rem; }
  p { line-height: 1.5; }
  button { font: inherit; padding: .6rem 1.2rem; border-radius: .4rem; border: 0; background: #1b5e20; color: #fff; cursor: pointer; }
  ul { padding-inline-start: 1.2rem; line-height: 1.8; }
  a { color: LinkText; }
  .hint { opacity: .75; font-size: .9rem; }
</style>
</head>
<body>
<main>
<img src="/icons/icon-192.png" alt="" width="64" height="64">
<h1 data-text="title">${escape(t.title)}</h1>
<p data-text="lead">${escape(t.lead)}</p>
<p><button id="retry" type="button" data-text="retry">${escape(t.retry)}</button></p>
<p class="hint" data-text="back">${escape(t.back)}</p>
<p data-text="cached" hidden>${escape(t.cached)}</p>
<ul id="pages"></ul>
<p id="none" data-text="noneCached">${escape(t.noneCached)}</p>
</main>
<script type="application/json" id="texts">${JSON.stringify(all).replace(/</g, "\\u003c")}</script>
<script${nonceAttribute}>${SCRIPT}</script>
</body>
</html>`;
  return new Response(html, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
