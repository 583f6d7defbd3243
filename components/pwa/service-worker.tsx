"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { CACHE_PAGE_MESSAGE, isOfflinePage, PAGES_CACHE, SERVICE_WORKER_URL } from "./offline-pages";

/** Registers the service worker once; the same registration serves web push (components/notifications/push-settings.tsx). */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration> {
  return navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" });
}

const askToKeep = (pathname: string) => {
  const worker = navigator.serviceWorker.controller;
  if (worker && navigator.onLine && isOfflinePage(pathname)) {
    worker.postMessage({ type: CACHE_PAGE_MESSAGE, url: pathname });
  }
};

/**
 * The student's service worker: registered on their pages, and told of every page reached by a
 * client-side navigation (those never reach the worker as documents), so it keeps a copy for offline.
 */
export function ServiceWorker() {
  const pathname = usePathname();
  const first = useRef(true);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const controlled = Boolean(navigator.serviceWorker.controller);
    registerServiceWorker().catch(() => undefined);
    if (controlled) return;
    // The first page was loaded before the worker took control: it asks for its copy once it has.
    const onControl = () => askToKeep(window.location.pathname);
    navigator.serviceWorker.addEventListener("controllerchange", onControl, { once: true });
    return () => navigator.serviceWorker.removeEventListener("controllerchange", onControl);
  }, []);

  useEffect(() => {
    // The first page went through the worker as a document, if it was in control.
    if (first.current) {
      first.current = false;
      return;
    }
    if ("serviceWorker" in navigator) askToKeep(pathname);
  }, [pathname]);

  return null;
}

/** Forgets the pages kept for offline reading (on sign-out: they hold the student's data). */
export async function forgetOfflinePages(): Promise<void> {
  if (typeof caches !== "undefined") await caches.delete(PAGES_CACHE).catch(() => false);
}
