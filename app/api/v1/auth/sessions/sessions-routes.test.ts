import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { TestBrowser } from "@/tests/helpers/browser";
import { callRoute } from "@/tests/helpers/call-route";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser, PASSWORD } from "@/tests/helpers/users";

vi.mock("next/headers", async () => (await import("@/tests/helpers/browser")).nextHeadersMock());

const { signInWithPassword } = await import("@/app/(auth)/actions");
const { endOwnSession } = await import("@/app/(app)/profile/actions");
const { POST: login } = await import("../login/route");
const { GET: me } = await import("../me/route");
const { POST: refresh } = await import("../refresh/route");
const { GET: listRoute } = await import("./route");
const { DELETE: deleteRoute } = await import("./[id]/route");

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

async function signIn(email: string, userAgent: string) {
  const browser = new TestBrowser(userAgent);
  expect((await browser.run(() => signInWithPassword({ email, password: PASSWORD }))).ok).toBe(true);
  return browser;
}

/** A call to a /api/v1 handler with the browser's cookie. */
const asBrowser = (browser: TestBrowser, handler: Parameters<typeof callRoute>[0], options: object = {}) =>
  browser.run(() => callRoute(handler, { method: "GET", headers: { cookie: browser.cookie }, ...options }));

describe("GET /api/v1/auth/sessions", () => {
  it("lists the caller's browser sessions and API logins with their devices, the current one marked", async () => {
    const user = await createUser("STUDENT");
    const other = await createUser("STUDENT");
    const laptop = await signIn(user.email, FIREFOX);
    await signIn(user.email, IPHONE);
    await signIn(other.email, FIREFOX);
    const api = await callRoute(login, {
      body: { email: user.email, password: PASSWORD },
      headers: { "user-agent": "okhttp/4.12.0" },
    });
    expect(api.status).toBe(200);

    const response = await asBrowser(laptop, listRoute);
    expect(response.status).toBe(200);
    const sessions = response.body.sessions as Record<string, unknown>[];
    expect(sessions).toHaveLength(3);
    expect(sessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "browser", current: true, browser: "Firefox 128", os: "Linux" }),
        expect.objectContaining({ kind: "browser", current: false, browser: "Safari 17", os: "iOS 17.5" }),
        expect.objectContaining({ kind: "api", current: false, browser: "okhttp 4.12.0" }),
      ]),
    );
    for (const s of sessions) {
      expect(s).toMatchObject({
        id: expect.any(String),
        signedInAt: expect.any(String),
        lastSeenAt: expect.any(String),
      });
      expect(s).toHaveProperty("ip");
    }
  });

  it("answers 401 without a session", async () => {
    const response = await new TestBrowser().run(() => callRoute(listRoute, { method: "GET" }));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("DELETE /api/v1/auth/sessions/{id}", () => {
  it("ends one browser session and leaves the others working", async () => {
    const user = await createUser("STUDENT");
    const laptop = await signIn(user.email, FIREFOX);
    const phone = await signIn(user.email, IPHONE);
    const { body } = await asBrowser(laptop, listRoute);
    const phoneSession = body.sessions.find((s: { current: boolean }) => !s.current);

    const ended = await asBrowser(laptop, deleteRoute, { method: "DELETE", params: { id: phoneSession.id } });
    expect(ended.status).toBe(204);
    expect((await asBrowser(phone, me)).status).toBe(401);
    expect((await asBrowser(laptop, me)).status).toBe(200);
    expect((await asBrowser(laptop, listRoute)).body.sessions).toHaveLength(1);
  });

  it("ends an API login: its refresh token stops working", async () => {
    const user = await createUser("STUDENT");
    const laptop = await signIn(user.email, FIREFOX);
    const api = await callRoute(login, { body: { email: user.email, password: PASSWORD } });
    const family = (await asBrowser(laptop, listRoute)).body.sessions.find((s: { kind: string }) => s.kind === "api");
    expect((await asBrowser(laptop, deleteRoute, { method: "DELETE", params: { id: family.id } })).status).toBe(204);
    expect((await callRoute(refresh, { body: { refreshToken: api.body.refreshToken } })).status).toBe(401);
    expect((await asBrowser(laptop, me)).status).toBe(200);
  });

  it("answers 404 problem+json for another user's session, an unknown id or a huge one, and changes nothing", async () => {
    const user = await createUser("STUDENT");
    const victim = await createUser("STUDENT");
    const laptop = await signIn(user.email, FIREFOX);
    const victimBrowser = await signIn(victim.email, IPHONE);
    const victimSession = await db.session.findFirstOrThrow({ where: { userId: victim.id } });
    const before = await rowCounts();
    for (const id of [victimSession.id, "unknown-session", "x".repeat(300), "\ud800", "a\u0000b", "' or 1=1 --"]) {
      const response = await asBrowser(laptop, deleteRoute, { method: "DELETE", params: { id } });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.body.type).toMatch(/\/problems\/not-found$/);
    }
    expect(await rowCounts()).toEqual(before);
    expect(await db.session.count({ where: { userId: { in: [user.id, victim.id] }, revokedAt: { not: null } } })).toBe(
      0,
    );
    expect((await asBrowser(victimBrowser, me)).status).toBe(200);
  });

  it("answers 401 without a session", async () => {
    const response = await new TestBrowser().run(() =>
      callRoute(deleteRoute, { method: "DELETE", params: { id: "anything" } }),
    );
    expect(response.status).toBe(401);
  });
});

describe("ending a session from the profile page", () => {
  it("signs the browser out when it ends its own session", async () => {
    const user = await createUser("STUDENT");
    const laptop = await signIn(user.email, FIREFOX);
    const phone = await signIn(user.email, IPHONE);
    const own = await db.session.findFirstOrThrow({ where: { userId: user.id, userAgent: FIREFOX } });
    const outcome = await laptop.run(() =>
      endOwnSession(own.id).catch((error: { digest?: string }) => error.digest?.split(";")[2]),
    );
    expect(outcome).toBe("http://localhost:3000/sign-in");
    expect(laptop.sessionCookie).toBeUndefined();
    expect((await asBrowser(phone, me)).status).toBe(200);
  });
});
