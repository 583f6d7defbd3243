import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/core/db";
import { actorOf } from "@/tests/helpers/applications";
import { createUser, PASSWORD } from "@/tests/helpers/users";
import { changePassword } from "./change-password";
import { verifyPassword } from "./password";

const NEW = "Another-horse-43";

async function signedInTwice(userId: string) {
  const expires = new Date(Date.now() + 86_400_000);
  const here = await db.session.create({ data: { userId, sessionToken: `here-${userId}`, expires } });
  await db.session.create({ data: { userId, sessionToken: `there-${userId}`, expires } });
  await db.refreshToken.create({
    data: { userId, familyId: crypto.randomUUID(), tokenHash: `h-${userId}`, expiresAt: expires },
  });
  return { ...(await actorOf(userId)), sessionId: here.id };
}

const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? { code: error.code, fields: error.details.fieldErrors } : error),
  );

describe("changing one's password", () => {
  it("needs the current password, then signs out every other session and API token but this one", async () => {
    const user = await createUser("STUDENT");
    const actor = await signedInTwice(user.id);
    await changePassword(actor, { currentPassword: PASSWORD, password: NEW });

    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash, NEW)).toBe(true);
    const open = await db.session.findMany({ where: { userId: user.id, revokedAt: null } });
    expect(open.map((s) => s.id)).toEqual([actor.sessionId]);
    expect(await db.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "password.changed" } })).toBe(1);
  });

  it("refuses a wrong current password, a weak or unchanged new one, changing nothing", async () => {
    const user = await createUser("ENTERPRISE");
    const actor = await signedInTwice(user.id);
    expect(await failure(changePassword(actor, { currentPassword: "wrong-password-1", password: NEW }))).toEqual({
      code: "VALIDATION",
      fields: { currentPassword: { key: "wrongPassword" } },
    });
    expect(await failure(changePassword(actor, { currentPassword: PASSWORD, password: "short" }))).toMatchObject({
      fields: { password: { key: "passwordTooShort" } },
    });
    expect(await failure(changePassword(actor, { currentPassword: PASSWORD, password: PASSWORD }))).toMatchObject({
      fields: { password: { key: "passwordUnchanged" } },
    });
    expect(await failure(changePassword(actor, { currentPassword: { $ne: 1 }, password: NEW }))).toMatchObject({
      code: "VALIDATION",
    });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash, PASSWORD)).toBe(true);
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(2);
  });
});
