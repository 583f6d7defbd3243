import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { SESSION_COOKIE, TestBrowser } from "@/tests/helpers/browser";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser, PASSWORD } from "@/tests/helpers/users";

// The real Auth.js flow (sign-in action, cookies, jwt callback), with next/headers answering
// from the TestBrowser that runs the code.
vi.mock("next/headers", async () => (await import("@/tests/helpers/browser")).nextHeadersMock());

const { signInWithPassword, signOutAction } = await import("@/app/(auth)/actions");
const { POST: login } = await import("@/app/api/v1/auth/login/route");
const { GET: me } = await import("@/app/api/v1/auth/me/route");
const { POST: refresh } = await import("@/app/api/v1/auth/refresh/route");
const { POST: resetPasswordRoute } = await import("@/app/api/v1/auth/reset-password/route");
const { handlers } = await import("./next-auth");
const { issueAccountLink } = await import("./issue-account-link");
const { pageActor } = await import("./page-guard");

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

/** Where a thrown Next redirect() leads, or undefined for any other error. */
const redirectTarget = (error: unknown) => {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : undefined;
};

async function signInBrowser(email: string, browser = new TestBrowser()) {
  const result = await browser.run(() => signInWithPassword({ email, password: PASSWORD }));
  expect(result).toEqual({ ok: true, data: { codeRequired: false } });
  expect(browser.sessionCookie).toEqual(expect.any(String));
  return browser;
}

/** A second browser holding a copy of the session cookie, as a thief would. */
function copyOf(browser: TestBrowser): TestBrowser {
  const thief = new TestBrowser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0.0.0 Safari/537.36");
  thief.set(SESSION_COOKIE, browser.sessionCookie!);
  return thief;
}

/** What a cookie gets from the API (/api/v1/auth/me) and from a page's guard. */
async function access(browser: TestBrowser) {
  const api = await browser.run(() => callRoute(me, { method: "GET", headers: { cookie: browser.cookie } }));
  const page = await browser.run(() =>
    pageActor().then(
      (actor) => `page as ${actor.email}`,
      (error: unknown) => `redirect to ${redirectTarget(error) ?? String(error)}`,
    ),
  );
  return { api: api.status, page };
}

/** GET /api/auth/session, which re-issues the cookie of a live session. */
async function refreshCookie(browser: TestBrowser) {
  const response = await browser.authRoute(handlers.GET, "session");
  return { status: response.status, body: await response.json() };
}

describe("sign-out ends the session server-side", () => {
  it("refuses a copy of the cookie after the app's sign-out action, even after a /api/auth/session refresh", async () => {
    const user = await createUser("STUDENT");
    const browser = await signInBrowser(user.email);
    const thief = copyOf(browser);
    expect(await access(thief)).toEqual({ api: 200, page: `page as ${user.email}` });

    const signedOut = await browser.run(() => signOutAction(null).catch(redirectTarget));
    expect(signedOut).toBe("http://localhost:3000/");
    expect(browser.sessionCookie).toBeUndefined();
    expect(await db.session.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      revokedAt: expect.any(Date),
    });

    expect(await access(thief)).toEqual({ api: 401, page: "redirect to /sign-in" });
    const replay = copyOf(thief);
    expect(await refreshCookie(thief)).toEqual({ status: 200, body: null });
    expect(thief.sessionCookie).toBeUndefined(); // Auth.js dropped it instead of re-issuing it
    expect(await access(replay)).toEqual({ api: 401, page: "redirect to /sign-in" });
  });

  it("refuses a copy of the cookie after Auth.js's own POST /api/auth/signout", async () => {
    const user = await createUser("ENTERPRISE");
    const browser = await signInBrowser(user.email);
    const thief = copyOf(browser);
    const { csrfToken } = await (await browser.authRoute(handlers.GET, "csrf")).json();
    const response = await browser.authRoute(handlers.POST, "signout", { csrfToken, callbackUrl: "/" });
    expect(response.status).toBe(302);
    expect(await access(thief)).toEqual({ api: 401, page: "redirect to /sign-in" });
  });

  it("refuses a cookie from before server-side sessions (no session secret in it)", async () => {
    const user = await createUser("STUDENT");
    const legacy = new TestBrowser();
    const token = await encode({
      token: { uid: user.id, sub: user.id },
      secret: env().AUTH_SECRET,
      salt: SESSION_COOKIE,
    });
    legacy.set(SESSION_COOKIE, token);
    expect(await access(legacy)).toEqual({ api: 401, page: "redirect to /sign-in" });
  });
});

describe("a password reset ends every session", () => {
  it("refuses every earlier browser session and API token family, and a refresh brings none back", async () => {
    const user = await createUser("STUDENT");
    const laptop = await signInBrowser(user.email);
    const phone = await signInBrowser(user.email, new TestBrowser("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)"));
    const thief = copyOf(laptop);
    const api = await callRoute(login, { body: { email: user.email, password: PASSWORD } });
    expect(api.status).toBe(200);

    await db.$transaction((tx) =>
      issueAccountLink(tx, "RESET_PASSWORD", { email: user.email, userId: user.id, locale: "fr" }),
    );
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(email.text)![1]!);
    expect((await callRoute(resetPasswordRoute, { body: { token, password: "Brand-new-pass-1" } })).status).toBe(200);

    for (const browser of [laptop, phone, thief]) {
      const replay = copyOf(browser);
      expect(await refreshCookie(browser)).toEqual({ status: 200, body: null });
      expect(browser.sessionCookie).toBeUndefined();
      expect(await access(replay)).toEqual({ api: 401, page: "redirect to /sign-in" });
    }
    expect((await callRoute(refresh, { body: { refreshToken: api.body.refreshToken } })).status).toBe(401);
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    // The new password starts a new session as usual.
    const fresh = new TestBrowser();
    const result = await fresh.run(() => signInWithPassword({ email: user.email, password: "Brand-new-pass-1" }));
    expect(result.ok).toBe(true);
    expect(await access(fresh)).toEqual({ api: 200, page: `page as ${user.email}` });
  });
});

describe("a live session", () => {
  it("keeps its sign-in time through cookie refreshes and writes 'last seen' at most every few minutes", async () => {
    const user = await createUser("STUDENT");
    const browser = await signInBrowser(user.email);
    const row = await db.session.findFirstOrThrow({ where: { userId: user.id } });

    const refreshed = await refreshCookie(browser);
    expect(refreshed.body).toMatchObject({ user: { id: user.id }, sessionId: row.id });
    expect(await access(browser)).toMatchObject({ api: 200 });
    const after = await db.session.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.createdAt).toEqual(row.createdAt);
    expect(after.lastSeenAt).toEqual(row.lastSeenAt);

    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: tenMinutesAgo } });
    expect(await access(browser)).toMatchObject({ api: 200 });
    const seen = await db.session.findUniqueOrThrow({ where: { id: row.id } });
    expect(seen.lastSeenAt.getTime()).toBeGreaterThan(tenMinutesAgo.getTime() + 9 * 60_000);
    expect(seen.createdAt).toEqual(row.createdAt);
  });

  it("ends when it expires or after a week unused", async () => {
    const user = await createUser("STUDENT");
    const expired = await signInBrowser(user.email);
    await db.session.updateMany({ where: { userId: user.id }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await access(expired)).toEqual({ api: 401, page: "redirect to /sign-in" });

    const idle = await signInBrowser(user.email);
    await db.session.updateMany({
      where: { userId: user.id, revokedAt: null, expires: { gt: new Date() } },
      data: { lastSeenAt: new Date(Date.now() - 8 * 24 * 3600_000) },
    });
    expect(await access(idle)).toEqual({ api: 401, page: "redirect to /sign-in" });
  });
});
