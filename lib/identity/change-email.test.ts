import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/core/db";
import { actorOf } from "@/tests/helpers/applications";
import { createUser, PASSWORD } from "@/tests/helpers/users";
import { confirmEmailChange } from "./confirm-email-change";
import { requestEmailChange } from "./request-email-change";

async function linkSentTo(to: string) {
  const email = await db.emailMessage.findFirstOrThrow({
    where: { to, template: "changeEmail" },
    orderBy: { createdAt: "desc" },
  });
  return decodeURIComponent(/confirm-email-change\?token=([^\s&"]+)/.exec(email.text)![1]!);
}

const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) =>
      error instanceof AppError
        ? { code: error.code, reason: error.reason.key, fields: error.details.fieldErrors }
        : error,
  );

describe("changing one's e-mail address", () => {
  it("sends a link to the new address, warns the current one, and changes it only when the link is followed, once", async () => {
    const user = await createUser("STUDENT");
    const actor = await actorOf(user.id);
    expect(await requestEmailChange(actor, { email: "  Nouvelle@Example.TEST ", password: PASSWORD })).toEqual({
      email: "nouvelle@example.test",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    const warning = await db.emailMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(warning.template).toBe("emailChangeRequested");
    expect(warning.text).toContain("nouvelle@example.test");

    const token = await linkSentTo("nouvelle@example.test");
    expect(await confirmEmailChange({ token })).toEqual({ email: "nouvelle@example.test" });
    const changed = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(changed.email).toBe("nouvelle@example.test");
    expect(changed.emailVerified).not.toBeNull();
    expect(await failure(confirmEmailChange({ token }))).toMatchObject({ code: "INVALID_TOKEN" });
  });

  it("refuses a wrong password, the same address, a taken one and odd input, sending nothing", async () => {
    const user = await createUser("ENTERPRISE");
    const other = await createUser("STUDENT");
    const actor = await actorOf(user.id);
    const cases: [unknown, string, string][] = [
      [{ email: "ailleurs@example.test", password: "not-my-password" }, "password", "wrongPassword"],
      [{ email: user.email.toUpperCase(), password: PASSWORD }, "email", "emailUnchanged"],
      [{ email: other.email, password: PASSWORD }, "email", "emailTaken"],
      [{ email: "pas-une-adresse", password: PASSWORD }, "email", "email"],
      [{ email: ["a@b.c"], password: PASSWORD }, "_", "wrongType"],
    ];
    for (const [input, field, key] of cases)
      expect(await failure(requestEmailChange(actor, input))).toMatchObject({
        code: "VALIDATION",
        fields: { [field]: { key } },
      });
    expect(
      await db.emailMessage.count({ where: { to: { in: [user.email, other.email, "ailleurs@example.test"] } } }),
    ).toBe(0);
    expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps only the latest link, and a link outlived by another change does nothing", async () => {
    const user = await createUser("STUDENT");
    const actor = await actorOf(user.id);
    await requestEmailChange(actor, { email: "premiere@example.test", password: PASSWORD });
    const first = await linkSentTo("premiere@example.test");
    await requestEmailChange(actor, { email: "seconde@example.test", password: PASSWORD });
    expect(await failure(confirmEmailChange({ token: first }))).toMatchObject({ code: "INVALID_TOKEN" });

    const second = await linkSentTo("seconde@example.test");
    await db.user.update({ where: { id: user.id }, data: { email: "autre-chemin@example.test" } });
    expect(await failure(confirmEmailChange({ token: second }))).toMatchObject({
      code: "CONFLICT",
      reason: "emailChangeOutdated",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("autre-chemin@example.test");
  });
});
