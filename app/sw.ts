/// <reference lib="webworker" />
// The service worker, bundled by Serwist (app/serwist/[path]/route.ts) and served at /serwist/sw.js:
// - the app shell (Next's hashed scripts and styles, the icons) precached at install;
// - the student's pages (components/pwa/offline-pages.ts) network-first: the network always answers
//   when it can, the last copy only when it cannot; every other request is left to the network;
// - a page neither reachable nor saved gets the offline page (OFFLINE_URL, precached) instead of the
//   browser's error: Serwist's `fallbacks` answer only for requests a runtime-caching route handles,
//   so every other navigation goes through a NetworkOnly route;
// - web push: show the notification, open its page on click.
import { CacheableResponsePlugin, CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from "serwist";
import type { PrecacheEntry, SerwistGlobalConfig } from "serwist";
import { CACHE_PAGE_MESSAGE, isOfflinePage, OFFLINE_URL, PAGES_CACHE } from "@/components/pwa/offline-pages";
import { isVerifyPage, VERIFY_PAGES_CACHE } from "@/components/certificates/verify-pages";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
/** Only a page that was really shown: no redirect to the sign-in page, no error page. */
const onlyOk = () => new CacheableResponsePlugin({ statuses: [200] });

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && request.method === "GET" && isOfflinePage(url.pathname),
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        plugins: [onlyOk(), new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * DAY })],
      }),
    },
    {
      // Hashed file names: a name never changes content. Scripts of a build newer than the worker's precache.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "next-static",
        plugins: [onlyOk(), new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * DAY })],
      }),
    },
    {
      // The public certificate verification pages: the last copy offline, whose credential the page
      // checks again in the browser (components/certificates/verify-pages.ts).
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && request.method === "GET" && isVerifyPage(url.pathname),
      handler: new NetworkFirst({
        cacheName: VERIFY_PAGES_CACHE,
        plugins: [onlyOk(), new ExpirationPlugin({ maxEntries: 30, maxAgeSeconds: 30 * DAY })],
      }),
    },
    {
      // Every other page: the network as without a worker, and the offline page when it fails.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate" && request.method === "GET",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();

// A page reached by a client-side navigation never goes through the worker as a document: the page
// asks for a copy of itself.
self.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown; url?: unknown } | null;
  if (data?.type !== CACHE_PAGE_MESSAGE || typeof data.url !== "string") return;
  const url = new URL(data.url, self.location.origin);
  if (url.origin !== self.location.origin || !isOfflinePage(url.pathname)) return;
  event.waitUntil(
    fetch(url, { credentials: "same-origin", redirect: "manual", headers: { accept: "text/html" } })
      .then(async (response) => {
        if (response.status !== 200 || !response.headers.get("content-type")?.includes("text/html")) return;
        await (await caches.open(PAGES_CACHE)).put(url.href, response);
      })
      .catch(() => undefined),
  );
});

type PushPayload = { title?: string; body?: string; tag?: string; link?: string };

self.addEventListener("push", (event) => {
  let data: PushPayload = {};
  try {
    data = event.data ? (event.data.json() as PushPayload) : {};
  } catch {
    data = { title: event.data ? event.data.text() : "Stagiaire" };
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "Stagiaire", {
      body: data.body || "",
      tag: data.tag,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { link: data.link || "/notifications" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const link = (event.notification.data as { link?: string } | null)?.link || "/notifications";
  const url = new URL(link, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
