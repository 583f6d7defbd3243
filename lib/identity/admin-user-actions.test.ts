import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/core/db";
import { actorOf } from "@/tests/helpers/applications";
import { createUser } from "@/tests/helpers/users";
import { loadActor } from "./actor";
import { resendUserConfirmation } from "./resend-user-confirmation";
import { setUserDisabled } from "./set-user-disabled";

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => "allowed",
    (error: unknown) => (error instanceof AppError ? `${error.code}:${error.reason.key}` : String(error)),
  );

async function withSession(userId: string) {
  await db.session.create({
    data: { userId, sessionToken: `t-${userId}`, expires: new Date(Date.now() + 86_400_000) },
  });
  await db.refreshToken.create({
    data: {
      userId,
      familyId: crypto.randomUUID(),
      tokenHash: `h-${userId}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}

describe("a system admin disables and enables accounts", () => {
  it("disables an account: sign-in refused, every session and token ended, audited; enabling undoes it", async () => {
    const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
    const student = await createUser("STUDENT");
    await withSession(student.id);

    expect(await setUserDisabled(admin, student.id, true)).toEqual({ changed: true });
    expect(await loadActor(student.id)).toBeNull();
    expect(await db.session.count({ where: { userId: student.id, revokedAt: null } })).toBe(0);
    expect(await db.refreshToken.count({ where: { userId: student.id, revokedAt: null } })).toBe(0);
    expect(await setUserDisabled(admin, student.id, true)).toEqual({ changed: false });

    expect(await setUserDisabled(admin, student.id, false)).toEqual({ changed: true });
    expect(await loadActor(student.id)).not.toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: student.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.disabled", "user.enabled"]);
  });

  it("refuses other roles, the admin's own account, and unknown or odd ids, changing nothing", async () => {
    const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
    const universityAdmin = await actorOf((await createUser("UNIVERSITY_ADMIN")).id);
    const student = await createUser("STUDENT");
    expect(await refusal(setUserDisabled(universityAdmin, student.id, true))).toBe("FORBIDDEN:forbidden");
    expect(await refusal(setUserDisabled(null, student.id, true))).toBe("UNAUTHENTICATED:unauthenticated");
    expect(await refusal(setUserDisabled(admin, admin.userId, true))).toBe("CONFLICT:cannotDisableSelf");
    for (const id of ["c".repeat(25), "x\u0000y", "9".repeat(500), 42, null])
      expect(await refusal(setUserDisabled(admin, id, true))).toBe("NOT_FOUND:userNotFound");
    const ids = [student.id, admin.userId];
    expect(await db.user.count({ where: { id: { in: ids }, disabledAt: { not: null } } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: { in: ids } } })).toBe(0);
  });
});

describe("a system admin resends a confirmation e-mail", () => {
  it("sends a fresh link to an unconfirmed account only", async () => {
    const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
    const waiting = await createUser("ENTERPRISE");
    await db.user.update({ where: { id: waiting.id }, data: { emailVerified: null } });
    const confirmed = await createUser("STUDENT");

    expect(await resendUserConfirmation(admin, waiting.id)).toEqual({ email: waiting.email });
    expect(await db.emailMessage.count({ where: { to: waiting.email } })).toBe(1);
    expect(await db.authToken.count({ where: { userId: waiting.id, purpose: "VERIFY_EMAIL", usedAt: null } })).toBe(1);

    expect(await refusal(resendUserConfirmation(admin, confirmed.id))).toBe("CONFLICT:userAlreadyConfirmed");
    await setUserDisabled(admin, waiting.id, true);
    expect(await refusal(resendUserConfirmation(admin, waiting.id))).toBe("CONFLICT:userDisabled");
    expect(await refusal(resendUserConfirmation(await actorOf(confirmed.id), waiting.id))).toBe("FORBIDDEN:forbidden");
    expect(await db.emailMessage.count({ where: { to: { in: [waiting.email, confirmed.email] } } })).toBe(1);
  });
});
