import { beforeEach, describe, expect, it, vi } from "vitest";
import { kickRelay } from "@/inngest/dispatch";
import { db } from "@/lib/core/db";
import { callRoute } from "@/tests/helpers/call-route";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser, PASSWORD } from "@/tests/helpers/users";
import { POST as login } from "./login/route";
import { POST as logout } from "./logout/route";
import { GET as me } from "./me/route";
import { POST as refresh } from "./refresh/route";
import { POST as register } from "./register/route";
import { POST as resetPassword } from "./reset-password/route";
import { POST as verifyEmail } from "./verify-email/route";

// Browser sessions need a Next request; these tests exercise the bearer-token side of the API.
vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const PROBLEM = "application/problem+json";
const valid = {
  email: "new.student@example.test",
  password: "Long-enough-1",
  name: "Nouvel Étudiant",
  role: "STUDENT",
};

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("bad input to the auth routes answers 4xx problem+json and writes nothing", () => {
  const cases: [string, typeof register, { body?: unknown; rawBody?: string }, number, string?][] = [
    ["register: not JSON", register, { rawBody: "{nope" }, 400],
    ["register: empty body", register, { body: {} }, 400, "email"],
    ["register: bad e-mail", register, { body: { ...valid, email: "not-an-email" } }, 400, "email"],
    ["register: short password", register, { body: { ...valid, password: "short1" } }, 400, "password"],
    [
      "register: password without digit",
      register,
      { body: { ...valid, password: "onlyletterslong" } },
      400,
      "password",
    ],
    ["register: admin role", register, { body: { ...valid, role: "SYSTEM_ADMIN" } }, 400, "role"],
    ["register: enterprise without name", register, { body: { ...valid, role: "ENTERPRISE" } }, 400, "enterpriseName"],
    ["register: name too long", register, { body: { ...valid, name: "x".repeat(200) } }, 400, "name"],
    ["register: e-mail of the wrong type", register, { body: { ...valid, email: ["a@b.co"] } }, 400],
    ["register: body too large", register, { rawBody: JSON.stringify({ ...valid, name: "x".repeat(1_100_000) }) }, 413],
    ["login: e-mail as an object", login, { body: { email: {}, password: "x" } }, 400],
    ["refresh: token as an array", refresh, { body: { refreshToken: [1] } }, 400],
    ["login: missing password", login, { body: { email: "a@b.test" } }, 400, "password"],
    ["login: array body", login, { body: [] }, 400],
    ["refresh: missing token", refresh, { body: {} }, 400, "refreshToken"],
    ["refresh: unknown token", refresh, { body: { refreshToken: "x".repeat(43) } }, 401],
    ["logout: missing token", logout, { body: {} }, 400, "refreshToken"],
    ["verify-email: unknown token", verifyEmail, { body: { token: "y".repeat(43) } }, 400],
    ["verify-email: no token", verifyEmail, { body: {} }, 400, "token"],
    ["reset-password: bad e-mail", resetPassword, { body: { email: "nope" } }, 400, "email"],
    [
      "reset-password: unknown token",
      resetPassword,
      { body: { token: "z".repeat(43), password: "Long-enough-1" } },
      400,
    ],
    [
      "reset-password: weak new password",
      resetPassword,
      { body: { token: "z".repeat(43), password: "weak" } },
      400,
      "password",
    ],
  ];

  it.each(cases)("%s", async (_name, handler, input, status, field) => {
    await createUser("STUDENT");
    const before = await rowCounts();
    const response = await callRoute(handler, input);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    expect(response.body).toMatchObject({
      status,
      type: expect.stringContaining("/problems/"),
      title: expect.any(String),
    });
    if (field)
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, message: expect.any(String) }));
    expect(await rowCounts()).toEqual(before);
  });

  it("register with an e-mail already in use is a 409 and creates nothing", async () => {
    await createUser("STUDENT", { email: "taken@example.test" });
    const before = await rowCounts();
    const response = await callRoute(register, { body: { ...valid, email: "TAKEN@example.test" } });
    expect(response.status).toBe(409);
    expect(response.body.title).toMatch(/already exists .* Sign in, or reset your password/);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: "email", code: "emailTaken" }));
    expect(await rowCounts()).toEqual(before);
  });
});

describe("registration", () => {
  it("creates a student, queues the verification e-mail and records user.registered", async () => {
    const response = await callRoute(register, { body: valid });
    expect(response.status).toBe(201);
    expect(response.body.user).toEqual({
      id: expect.any(String),
      email: valid.email,
      name: valid.name,
      role: "STUDENT",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: valid.email }, include: { student: true } });
    expect(user.emailVerified).toBeNull();
    expect(user.student).not.toBeNull();
    expect(await db.outboxEvent.findMany({ select: { name: true } })).toEqual(
      expect.arrayContaining([{ name: "user.registered" }, { name: "notification.email.send" }]),
    );
    await kickRelay();
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: valid.email } });
    expect(email.status).toBe("CAPTURED");
    expect(email.text).toMatch(/\/verify-email\?token=/);
  });

  it("creates an enterprise with its first member as admin", async () => {
    const response = await callRoute(register, {
      body: { ...valid, email: "rh@acme.test", role: "ENTERPRISE", enterpriseName: "Acmé Industries" },
    });
    expect(response.status).toBe(201);
    const member = await db.enterpriseMember.findFirstOrThrow({
      where: { user: { email: "rh@acme.test" } },
      include: { enterprise: true },
    });
    expect(member.role).toBe("ADMIN");
    expect(member.enterprise).toMatchObject({
      name: "Acmé Industries",
      slug: "acme-industries",
      verificationStatus: "UNVERIFIED",
    });
  });

  it("verifies the e-mail with the link's token, once", async () => {
    await callRoute(register, { body: valid });
    await kickRelay();
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: valid.email } });
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(email.text)![1]!);
    expect((await callRoute(verifyEmail, { body: { token } })).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { email: valid.email } })).emailVerified).not.toBeNull();
    const again = await callRoute(verifyEmail, { body: { token } });
    expect(again.status).toBe(400);
    expect(again.body.type).toMatch(/invalid-token$/);
  });
});

describe("login, refresh rotation and reuse detection", () => {
  async function signIn() {
    const user = await createUser("STUDENT");
    const response = await callRoute(login, { body: { email: user.email, password: PASSWORD } });
    expect(response.status).toBe(200);
    return { user, tokens: response.body };
  }

  it("returns an RS256 access token that /auth/me accepts", async () => {
    const { user, tokens } = await signIn();
    expect(tokens).toMatchObject({ tokenType: "Bearer", expiresIn: 900, refreshToken: expect.any(String) });
    expect(JSON.parse(Buffer.from(tokens.accessToken.split(".")[0], "base64url").toString())).toMatchObject({
      alg: "RS256",
    });
    const response = await callRoute(me, { method: "GET", headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: user.id, email: user.email, role: "STUDENT" });
  });

  it("refuses /auth/me without a token or with a forged one", async () => {
    expect((await callRoute(me, { method: "GET" })).status).toBe(401);
    const { tokens } = await signIn();
    const [header, payload] = tokens.accessToken.split(".");
    const forged = `${header}.${payload}.${Buffer.from("forged").toString("base64url")}`;
    expect((await callRoute(me, { method: "GET", headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
  });

  it("rotates the refresh token on every use", async () => {
    const { tokens } = await signIn();
    const first = await callRoute(refresh, { body: { refreshToken: tokens.refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(tokens.refreshToken);
    const second = await callRoute(refresh, { body: { refreshToken: first.body.refreshToken } });
    expect(second.status).toBe(200);
  });

  it("revokes the whole family when an already-used refresh token comes back", async () => {
    const { user, tokens } = await signIn();
    const rotated = await callRoute(refresh, { body: { refreshToken: tokens.refreshToken } });
    const reuse = await callRoute(refresh, { body: { refreshToken: tokens.refreshToken } });
    expect(reuse.status).toBe(401);
    // The legitimate holder's newer token is dead too: the family is revoked.
    expect((await callRoute(refresh, { body: { refreshToken: rotated.body.refreshToken } })).status).toBe(401);
    expect(await db.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it("logout ends the family", async () => {
    const { tokens } = await signIn();
    expect((await callRoute(logout, { body: { refreshToken: tokens.refreshToken } })).status).toBe(204);
    expect((await callRoute(refresh, { body: { refreshToken: tokens.refreshToken } })).status).toBe(401);
  });

  it("blocks an account after repeated failures with 429 and Retry-After, even with the right password", async () => {
    const user = await createUser("STUDENT");
    for (let i = 0; i < 5; i++) {
      expect((await callRoute(login, { body: { email: user.email, password: "Wrong-password-1" } })).status).toBe(401);
    }
    const blocked = await callRoute(login, { body: { email: user.email, password: PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.body.title).toMatch(/Try again in \d+ minute/);
    // The counter lives in Postgres, so every app instance sees it.
    expect(await db.rateLimit.count({ where: { key: { startsWith: "login-fail-account" } } })).toBe(1);
  });

  it("blocks an IP that fails across many accounts", async () => {
    for (let i = 0; i < 30; i++) {
      await callRoute(login, {
        body: { email: `nobody${i}@example.test`, password: "Wrong-password-1" },
        headers: { "x-forwarded-for": "198.51.100.9" },
      });
    }
    const user = await createUser("STUDENT");
    const blocked = await callRoute(login, {
      body: { email: user.email, password: PASSWORD },
      headers: { "x-forwarded-for": "198.51.100.9" },
    });
    expect(blocked.status).toBe(429);
  });
});
