"use client";
import { useEffect } from "react";
import { registerServiceWorker } from "@/components/pwa/service-worker";
import { isVerifyPage, VERIFY_PAGES_CACHE } from "./verify-pages";

/**
 * Makes a verification page usable offline: registers the service worker (which precaches the
 * scripts, the browser verification's included, and keeps every verification page it serves), and
 * keeps this page itself when the worker did not serve it (a first visit, a client-side navigation).
 */
export function VerifyPageOffline() {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || !navigator.onLine) return;
    const servedByWorker = Boolean(navigator.serviceWorker.controller);
    registerServiceWorker().catch(() => undefined);
    const url = window.location.pathname;
    if (typeof caches === "undefined" || !isVerifyPage(url) || servedByWorker) return;
    caches
      .open(VERIFY_PAGES_CACHE)
      .then(async (cache) => {
        const response = await fetch(url, { credentials: "omit", headers: { accept: "text/html" } });
        if (response.status === 200 && response.headers.get("content-type")?.includes("text/html")) {
          await cache.put(url, response);
        }
      })
      .catch(() => undefined);
  }, []);
  return null;
}
