import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/core/content-security-policy";
import { isDevelopment } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { problemResponse } from "@/lib/core/problem";

/** Signing in, registering, asking for a reset: nothing a signed-out visitor posts needs more. */
const ANONYMOUS_ACTION_BYTES = 1024 * 1024;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** A document asked for in a frame: only its route knows whether it is a PDF our pages may frame. */
const FRAMED_DOCUMENT = /^\/api\/v1\/documents\/[^/]+\/download$/;

/**
 * Runs before every route. It only refuses what no route can answer (unknown methods, server
 * actions posted from another site, which Next would turn into a 500) and sets the per-response
 * headers (CSP nonce, HSTS); authorisation stays in the domain functions.
 */
export function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  if (!METHODS.has(request.method)) {
    const response = problemResponse(new AppError("VALIDATION", "methodNotAllowed"), requestId);
    return new NextResponse(response.body, {
      status: 405,
      headers: { ...Object.fromEntries(response.headers), allow: [...METHODS].join(", ") },
    });
  }
  if (request.method === "POST" && request.headers.has("next-action")) {
    if (!sameSite(request)) return problemResponse(new AppError("FORBIDDEN", "crossSite"), requestId);
    if (!signedIn(request) && Number(request.headers.get("content-length") ?? 0) > ANONYMOUS_ACTION_BYTES) {
      return problemResponse(new AppError("PAYLOAD_TOO_LARGE", "bodyTooLarge"), requestId);
    }
  }

  const https = (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https";
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { development: isDevelopment(), https });
  // Next reads the nonce for its own scripts from the request's policy; the layout reads x-nonce.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  // A page path with a control character (an id with a NUL byte) names no page, and must not reach
  // the database through a page's params: it gets the not-found page (API routes check their own).
  const response = controlCharacterIn(request.nextUrl.pathname)
    ? NextResponse.rewrite(new URL("/_no-such-page", request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  // The download route answers a framed PDF with its own policy (frame-ancestors 'self'); the
  // proxy's would replace it. Everything it does not frame it still refuses to be framed.
  const framed =
    FRAMED_DOCUMENT.test(request.nextUrl.pathname) && request.nextUrl.searchParams.get("disposition") === "inline";
  if (!framed) response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  return response;
}

function controlCharacterIn(pathname: string): boolean {
  if (pathname.startsWith("/api/")) return false;
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}

/** Whether the request carries an Auth.js session cookie (checked for real by the action itself). */
function signedIn(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => cookie.name.includes("authjs.session-token"));
}

/** A server action must be posted by one of our pages: the browser's Origin names the site that posted it. */
function sameSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  // Browsers always send Origin with a POST; a client without one carries no victim's cookies.
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|icons/|favicon.ico|manifest.webmanifest).*)"],
};
