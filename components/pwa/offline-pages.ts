// What the service worker keeps for offline reading, shared by the worker (app/sw.ts) and the pages.

/** The worker's URL, built by the Serwist route (app/serwist/[path]/route.ts); its scope is the whole site. */
export const SERVICE_WORKER_URL = "/serwist/sw.js";

/** The page the worker answers with when a page is neither reachable nor saved (precached at install). */
export const OFFLINE_URL = "/offline";

/** The cache of the pages a student reads on the go (cleared on sign-out: it holds their data). */
export const PAGES_CACHE = "student-pages";

/** Message a page posts to the worker to keep a copy of a page reached by a client-side navigation. */
export const CACHE_PAGE_MESSAGE = "CACHE_PAGE";

/**
 * The student's pages kept for offline reading: their applications and an application (with its
 * interview), their internships and an internship (with its logbook). Every other page goes to
 * the network as if there were no worker.
 */
const OFFLINE_PAGES = [
  /^\/student\/applications\/?$/,
  /^\/student\/applications\/[^/]+\/?$/,
  /^\/internships\/?$/,
  /^\/internships\/[^/]+\/?$/,
];

export function isOfflinePage(pathname: string): boolean {
  return OFFLINE_PAGES.some((page) => page.test(pathname));
}

/** Visits (browser sessions) before the install prompt may show: never on the first. */
export const INSTALL_AFTER_VISITS = 2;
/** Days the prompt stays hidden once dismissed. */
export const INSTALL_SNOOZE_DAYS = 30;

/** Whether to offer installing the app now: from the second visit on, and not soon after "Not now". */
export function shouldOfferInstall(input: { visits: number; dismissedAt: number | null; now: number }): boolean {
  if (input.visits < INSTALL_AFTER_VISITS) return false;
  return input.dismissedAt === null || input.now - input.dismissedAt > INSTALL_SNOOZE_DAYS * 24 * 60 * 60 * 1000;
}
