import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { TestBrowser } from "@/tests/helpers/browser";
import { callRoute } from "@/tests/helpers/call-route";
import { ADMIN_TOTP_SECRET, createUser, PASSWORD } from "@/tests/helpers/users";
import { loadActor } from "./actor";
import { currentTotpCode } from "./totp";

vi.mock("next/headers", async () => (await import("@/tests/helpers/browser")).nextHeadersMock());

const { signInWithPassword } = await import("@/app/(auth)/actions");
const { POST: login } = await import("@/app/api/v1/auth/login/route");
const { GET: me } = await import("@/app/api/v1/auth/me/route");
const { signAccessToken } = await import("./access-token");
const { confirmTotp } = await import("./confirm-totp");
const { disableTotp } = await import("./disable-totp");
const { listUsers } = await import("./list-users");
const { pageActor } = await import("./page-guard");
const { startTotpEnrolment } = await import("./start-totp-enrolment");

const PERIOD_MS = 30_000;
const PROBLEMS = "https://stagiaire.app/problems/";

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const failure = (work: Promise<unknown>) =>
  work.then(
    () => "no error",
    (error: { code?: string; reason?: { key: string } }) => `${error.code}: ${error.reason?.key}`,
  );

/** A student who turned two-step verification on, with their secret and recovery codes. */
async function enrolledStudent() {
  const user = await createUser("STUDENT");
  const actor = await loadActor(user.id);
  const { secret, uri } = await startTotpEnrolment(actor);
  expect(uri).toMatch(new RegExp(`^otpauth://totp/Stagiaire:${encodeURIComponent(user.email)}\\?`));
  expect(uri).toContain(`secret=${secret}`);
  // The first code is spent by the confirmation: sign-ins in these tests use the next period's.
  const { recoveryCodes } = await confirmTotp(actor, { code: currentTotpCode(secret) });
  return { user, secret, recoveryCodes };
}

const apiLogin = (email: string, code?: string) =>
  callRoute(login, { body: { email, password: PASSWORD, ...(code !== undefined && { code }) } });

describe("enrolment", () => {
  it("is confirmed by a first code only, and shows ten single-use recovery codes stored hashed", async () => {
    const user = await createUser("STUDENT");
    const actor = await loadActor(user.id);
    const { secret } = await startTotpEnrolment(actor);
    expect(await failure(confirmTotp(actor, { code: "000000" }))).toBe("VALIDATION: wrongTotpCode");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    const { recoveryCodes } = await confirmTotp(actor, { code: currentTotpCode(secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    const stored = await db.totpRecoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.map((row) => row.codeHash)).not.toEqual(expect.arrayContaining([recoveryCodes[0]]));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toEqual(expect.any(Date));
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "totp.enabled" } })).toBe(1);

    expect(await failure(startTotpEnrolment(actor))).toBe("CONFLICT: totpAlreadyEnabled");
    expect(await failure(confirmTotp(actor, { code: currentTotpCode(secret) }))).toBe("CONFLICT: totpAlreadyEnabled");
  });
});

describe("API login with two-step verification", () => {
  it("asks for the code with a stable problem type, refuses a wrong or replayed one, accepts a right one once", async () => {
    const { user, secret } = await enrolledStudent();
    const next = currentTotpCode(secret, Date.now() + PERIOD_MS);

    const missing = await apiLogin(user.email);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(missing.body).toMatchObject({
      type: `${PROBLEMS}totp-required`,
      title: expect.stringMatching(/6-digit code/),
    });

    const wrongCode = next === "123456" ? "654321" : "123456";
    const wrong = await apiLogin(user.email, wrongCode);
    expect(wrong.body).toMatchObject({
      status: 401,
      type: `${PROBLEMS}totp-required`,
      title: expect.stringMatching(/wrong/),
    });
    const wrongPassword = await callRoute(login, {
      body: { email: user.email, password: "Not-the-password-1", code: next },
    });
    expect(wrongPassword.body).toMatchObject({ status: 401, type: `${PROBLEMS}unauthenticated` });
    expect(await db.refreshToken.count({ where: { userId: user.id } })).toBe(0);

    const right = await apiLogin(user.email, next);
    expect(right.status).toBe(200);
    expect(right.body.accessToken).toEqual(expect.any(String));
    const replayed = await apiLogin(user.email, next);
    expect(replayed.body).toMatchObject({ status: 401, type: `${PROBLEMS}totp-required` });
  });

  it("accepts each recovery code once", async () => {
    const { user, recoveryCodes } = await enrolledStudent();
    expect((await apiLogin(user.email, recoveryCodes[3]!.toUpperCase())).status).toBe(200);
    expect((await apiLogin(user.email, recoveryCodes[3])).body.type).toBe(`${PROBLEMS}totp-required`);
    expect(await db.totpRecoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
  });

  it("rate-limits wrong codes like passwords: the right code waits too", async () => {
    const { user, secret } = await enrolledStudent();
    for (let i = 0; i < 5; i++) expect((await apiLogin(user.email, "00000" + (i % 10))).status).toBe(401);
    const blocked = await apiLogin(user.email, currentTotpCode(secret, Date.now() + PERIOD_MS));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("browser sign-in with two-step verification", () => {
  it("asks for the code as a second step and starts no session before it", async () => {
    const { user, secret } = await enrolledStudent();
    const browser = new TestBrowser();
    const first = await browser.run(() => signInWithPassword({ email: user.email, password: PASSWORD }));
    expect(first).toEqual({ ok: true, data: { codeRequired: true } });
    expect(browser.sessionCookie).toBeUndefined();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const wrong = await browser.run(() => signInWithPassword({ email: user.email, password: PASSWORD, code: "12345" }));
    expect(wrong).toMatchObject({ ok: false, error: { code: "TOTP_REQUIRED", reason: { key: "wrongTotpCode" } } });
    expect(browser.sessionCookie).toBeUndefined();

    const code = currentTotpCode(secret, Date.now() + PERIOD_MS);
    const second = await browser.run(() => signInWithPassword({ email: user.email, password: PASSWORD, code }));
    expect(second).toEqual({ ok: true, data: { codeRequired: false } });
    expect(browser.sessionCookie).toEqual(expect.any(String));
    const replay = new TestBrowser();
    const again = await replay.run(() => signInWithPassword({ email: user.email, password: PASSWORD, code }));
    expect(again).toMatchObject({ ok: false, error: { code: "TOTP_REQUIRED" } });
  });
});

describe("turning it off", () => {
  it("takes a current or recovery code, and system admins cannot", async () => {
    const { user, recoveryCodes } = await enrolledStudent();
    const actor = await loadActor(user.id);
    expect(await failure(disableTotp(actor, { code: "999999" }, "203.0.113.7"))).toBe("TOTP_REQUIRED: wrongTotpCode");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();

    await disableTotp(actor, { code: recoveryCodes[0] }, "203.0.113.7");
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ totpEnabledAt: null, totpSecret: null });
    expect(await db.totpRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect((await apiLogin(user.email)).status).toBe(200);

    const admin = await loadActor((await createUser("SYSTEM_ADMIN")).id);
    expect(await failure(disableTotp(admin, { code: currentTotpCode(ADMIN_TOTP_SECRET) }, "203.0.113.7"))).toBe(
      "FORBIDDEN: totpRequiredForRole",
    );
  });
});

describe("OAuth/OIDC sign-in", () => {
  it("is refused for an account with two-step verification on, which signs in with password and code", async () => {
    const { allowSignIn } = await import("./next-auth");
    const { user } = await enrolledStudent();
    const plain = await createUser("STUDENT");
    const oidc = { type: "oidc" };
    expect(await allowSignIn({ user: { id: user.id }, account: oidc })).toBe(false);
    expect(await allowSignIn({ user: { id: plain.id }, account: oidc })).toBe(true);
    expect(await allowSignIn({ user: { id: "first-time-visitor" }, account: oidc })).toBe(true);
    expect(await allowSignIn({ user: { id: user.id }, account: { type: "credentials" } })).toBe(true);
  });
});

describe("a system admin without two-step verification", () => {
  it("is refused by API login, by the API with a token, by admin use cases, and sent to enrol by pages", async () => {
    const user = await createUser("SYSTEM_ADMIN", { totp: false });
    const refused = await apiLogin(user.email);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      type: `${PROBLEMS}totp-enrolment-required`,
      title: expect.stringMatching(/two-step/),
    });

    const token = await signAccessToken({ id: user.id, role: "SYSTEM_ADMIN" });
    const call = await callRoute(me, { method: "GET", headers: { authorization: `Bearer ${token}` } });
    expect(call.status).toBe(403);
    expect(call.body.type).toBe(`${PROBLEMS}totp-enrolment-required`);

    const actor = await loadActor(user.id);
    expect(await failure(listUsers(actor, {}))).toBe("TOTP_ENROLMENT_REQUIRED: totpEnrolmentRequired");

    const browser = new TestBrowser();
    expect(await browser.run(() => signInWithPassword({ email: user.email, password: PASSWORD }))).toMatchObject({
      ok: true,
    });
    const page = await browser.run(() =>
      pageActor().then(
        () => "page",
        (error: { digest?: string }) => error.digest?.split(";")[2],
      ),
    );
    expect(page).toBe("/two-factor");

    // Once enrolled, everything opens.
    const { secret } = await startTotpEnrolment(actor);
    await confirmTotp(actor, { code: currentTotpCode(secret) });
    expect(await browser.run(() => pageActor().then((a) => a.email))).toBe(user.email);
    expect((await callRoute(me, { method: "GET", headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});
