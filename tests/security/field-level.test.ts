import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { startTokenFamily } from "@/lib/identity/token-pair";
import { callApi } from "./api-call";
import { bodies } from "./bodies";
import { bearer, buildWorld, PASSWORD, throwawayUser, type World } from "./world";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "field-level-"));

// Object-property level (ASVS 8.2.3): what a caller may set and see of a row it may reach at all.

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("writes set only the fields their schema names", () => {
  it("a new offer is a draft of the caller's own enterprise, whatever the body claims", async () => {
    const answer = await callApi({
      method: "POST",
      path: "/offers",
      headers: await bearer(world, "enterpriseAdmin"),
      body: {
        ...bodies.offer(),
        id: "chosen-id",
        status: "PUBLISHED",
        publishedAt: new Date().toISOString(),
        enterpriseId: world.B.enterpriseId,
      },
    });
    expect(answer.status).toBe(201);
    const created = await db.offer.findUniqueOrThrow({ where: { id: (answer.json as { id: string }).id } });
    expect(created).toMatchObject({ status: "DRAFT", publishedAt: null, enterpriseId: world.A.enterpriseId });
    expect(created.id).not.toBe("chosen-id");
  });

  it("an unverified enterprise cannot verify itself through its profile", async () => {
    const before = await db.enterprise.findUniqueOrThrow({ where: { id: world.C.enterpriseId } });
    const answer = await callApi({
      method: "PUT",
      path: "/enterprises/{id}",
      params: { id: world.C.enterpriseId },
      headers: await bearer(world, "unverifiedEnterprise"),
      body: {
        ...bodies.enterpriseProfile({ world, actor: "unverifiedEnterprise", target: { name: before.name } }),
        verificationStatus: "VERIFIED",
        verifiedAt: new Date().toISOString(),
        registrationNumber: "RCS 000 000 000",
        slug: "taken-over",
      },
    });
    expect(answer.status).toBe(200);
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: world.C.enterpriseId } })).toMatchObject({
      verificationStatus: before.verificationStatus,
      verifiedAt: null,
      registrationNumber: before.registrationNumber,
      slug: before.slug,
    });
  });

  it("a student cannot move their profile to another university or take another's CV", async () => {
    const answer = await callApi({
      method: "PUT",
      path: "/students/{id}",
      params: { id: world.A.studentId },
      headers: await bearer(world, "student"),
      body: {
        headline: "Toujours moi",
        userId: world.B.studentUserId,
        universityId: world.B.universityId,
        cvDocumentId: world.B.cvDocumentId,
      },
    });
    expect(answer.status).toBe(200);
    expect(await db.student.findUniqueOrThrow({ where: { id: world.A.studentId } })).toMatchObject({
      headline: "Toujours moi",
      userId: world.users.student.id,
      universityId: world.A.universityId,
      cvDocumentId: world.A.cvDocumentId,
    });
  });

  it.each(["SYSTEM_ADMIN", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"])(
    "registration cannot choose the %s role (400, no account)",
    async (role) => {
      const users = await db.user.count();
      const answer = await callApi({
        method: "POST",
        path: "/auth/register",
        body: { ...bodies.register(), role },
      });
      expect(answer.status).toBe(400);
      expect(await db.user.count()).toBe(users);
    },
  );
});

describe("reads show only the fields the caller may see", () => {
  const PRIVATE_STUDENT = ["email", "phone", "studentNumber", "preferences", "cv"];
  const INTERNAL_ENTERPRISE = ["contacts", "applicationEmail", "registrationNumber"];

  it("an enterprise reads a student's public profile only; the student's university reads it all", async () => {
    const read = async (actor: "enterpriseAdmin" | "otherEnterprise" | "universityAdmin") =>
      (
        await callApi({
          method: "GET",
          path: "/students/{id}",
          params: { id: world.A.studentId },
          headers: await bearer(world, actor),
        })
      ).json as Record<string, unknown>;
    for (const actor of ["enterpriseAdmin", "otherEnterprise"] as const) {
      const profile = await read(actor);
      expect(profile.id, actor).toBe(world.A.studentId);
      for (const key of PRIVATE_STUDENT) expect(profile, `${actor} sees ${key}`).not.toHaveProperty(key);
    }
    expect(await read("universityAdmin")).toMatchObject({ email: world.users.student.email });
  });

  it("students listed to an enterprise come without e-mail", async () => {
    const answer = await callApi({ method: "GET", path: "/students", headers: await bearer(world, "enterpriseAdmin") });
    const items = (answer.json as { items: Record<string, unknown>[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).not.toHaveProperty("email");
  });

  it("an enterprise's contacts and registration number are for its own members", async () => {
    const read = async (actor: "anonymous" | "otherEnterprise" | "student" | "enterpriseAdmin") =>
      (
        await callApi({
          method: "GET",
          path: "/enterprises/{id}",
          params: { id: world.A.enterpriseId },
          headers: await bearer(world, actor),
        })
      ).json as Record<string, unknown>;
    for (const actor of ["anonymous", "otherEnterprise", "student"] as const) {
      const profile = await read(actor);
      expect(profile.id, actor).toBe(world.A.enterpriseId);
      for (const key of INTERNAL_ENTERPRISE) expect(profile, `${actor} sees ${key}`).not.toHaveProperty(key);
    }
    expect(await read("enterpriseAdmin")).toHaveProperty("contacts");
  });
});

describe("a disabled account (ASVS 7.4.2)", () => {
  it("loses its access tokens, its refresh tokens and its password at once", async () => {
    const user = await throwawayUser();
    const access = { authorization: `Bearer ${await signAccessToken({ id: user.id, role: "STUDENT" })}` };
    const { refreshToken } = await startTokenFamily({ id: user.id, role: "STUDENT" }, {});
    expect((await callApi({ method: "GET", path: "/auth/me", headers: access })).status).toBe(200);

    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });

    expect((await callApi({ method: "GET", path: "/auth/me", headers: access })).status).toBe(401);
    expect((await callApi({ method: "POST", path: "/auth/refresh", body: { refreshToken } })).status).toBe(401);
    expect(
      (await callApi({ method: "POST", path: "/auth/login", body: { email: user.email, password: PASSWORD } })).status,
    ).toBe(401);
  });
});
