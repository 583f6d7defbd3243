import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadActor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { listCapturedEmails, mailboxAccess } from "./list-captured-emails";

describe("the dev mailbox", () => {
  it.each([
    ["development", undefined, "open"],
    ["development", "admin", "admin"],
    ["production", undefined, "closed"],
    ["test", undefined, "closed"],
    ["production", "open", "open"],
    ["production", "admin", "admin"],
  ] as const)("under NODE_ENV=%s with DEV_MAILBOX=%s is %s", (NODE_ENV, DEV_MAILBOX, access) => {
    expect(mailboxAccess({ NODE_ENV, DEV_MAILBOX })).toBe(access);
  });

  it("is refused outside development, to system admins too, unless DEV_MAILBOX opens it", async () => {
    // This run is NODE_ENV=test without DEV_MAILBOX: outside development, not opened.
    await db.emailMessage.create({
      data: { to: "x@example.test", subject: "Reset", html: "<p>link</p>", text: "link", template: "resetPassword" },
    });
    const admin = await loadActor((await createUser("SYSTEM_ADMIN")).id);
    for (const actor of [null, admin]) {
      await expect(listCapturedEmails(actor)).rejects.toMatchObject({
        code: "NOT_FOUND",
        reason: { key: "mailboxClosed" },
      });
    }
  });
});
