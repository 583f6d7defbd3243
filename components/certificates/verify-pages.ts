// The public verification pages kept for offline checking, shared by the service worker (app/sw.ts)
// and the pages. Nothing here is private: a serial's page is public, so its cache outlives sign-out.

/** The cache of the verification pages a visitor opened. */
export const VERIFY_PAGES_CACHE = "verify-pages";

/** /verify and /verify/<serial>. */
export function isVerifyPage(pathname: string): boolean {
  return /^\/verify(\/[^/]+)?\/?$/.test(pathname);
}
