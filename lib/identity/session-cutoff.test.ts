import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { createUser } from "@/tests/helpers/users";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; issuedAt?: number } }));
vi.mock("./next-auth", () => ({ auth: async () => session.current }));

const { sessionActor } = await import("./current-actor");
const { resetPassword } = await import("./reset-password");
const { issueAccountLink } = await import("./issue-account-link");

describe("browser sessions after a password reset", () => {
  it("refuses a session issued before the reset and accepts one issued after", async () => {
    const user = await createUser("STUDENT");
    const issuedBefore = Math.floor(Date.now() / 1000) - 60;
    session.current = { user: { id: user.id }, issuedAt: issuedBefore };
    expect((await sessionActor())?.userId).toBe(user.id);

    await db.$transaction((tx) =>
      issueAccountLink(tx, "RESET_PASSWORD", { email: user.email, userId: user.id, locale: "fr" }),
    );
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(email.text)![1]!);
    await resetPassword({ token, password: "Brand-new-pass-1" });

    expect(await sessionActor()).toBeNull();
    session.current = { user: { id: user.id }, issuedAt: Math.floor(Date.now() / 1000) };
    expect((await sessionActor())?.userId).toBe(user.id);
  });
});
