import { InngestTestEngine } from "@inngest/test";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { resendConfigured } from "@/lib/core/env";
import { queueEmail } from "@/lib/notifications/queue-email";
import { inngestFunctions } from "../inngest-functions";
import { relayOutbox } from "@/lib/core/outbox-relay";
import { sendToWorkflows } from "../dispatch";

// Without RESEND_API_KEY the e-mail is captured for the dev mailbox. (Resend itself: send-email-resend.test.ts.)
const message = { template: "test", subject: "Bienvenue", html: "<p>Bonjour</p>", text: "Bonjour" };

async function queue(to: string) {
  return db.$transaction(async (tx) => {
    const emailId = await queueEmail(tx, to, message);
    const event = await tx.outboxEvent.findFirstOrThrow({
      where: { name: "notification.email.send", data: { equals: { emailId } } },
    });
    return { emailId, eventId: event.id };
  });
}

/** Runs the real Inngest function, as served, for one event with @inngest/test. */
function runSendEmail(emailId: string, eventId: string) {
  const fn = inngestFunctions().find((f) => f.id() === "send-email");
  if (!fn) throw new Error("send-email is not served");
  return new InngestTestEngine({ function: fn }).execute({
    events: [{ id: eventId, name: "notification.email.send", data: { emailId } }],
  });
}

beforeAll(() => {
  expect(resendConfigured()).toBe(false);
});

describe("send-email without a mail provider", () => {
  it("queues a pending e-mail and its send event in the caller's transaction", async () => {
    const { emailId, eventId } = await queue("queued@example.test");
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } })).toMatchObject({
      to: "queued@example.test",
      subject: "Bienvenue",
      status: "PENDING",
      attempts: 0,
    });
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).deliveredAt).toBeNull();
  });

  it("queues nothing when the caller's transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, "rolled-back@example.test", message);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.emailMessage.count({ where: { to: "rolled-back@example.test" } })).toBe(0);
  });

  it("captures the e-mail for the dev mailbox, and a second run changes nothing", async () => {
    const { emailId, eventId } = await queue("captured@example.test");

    const first = await runSendEmail(emailId, eventId);
    expect(first).not.toHaveProperty("error");
    expect(first.result).toBe("CAPTURED");
    const captured = await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
    expect(captured).toMatchObject({ status: "CAPTURED", providerId: null, lastError: null });
    expect(captured.sentAt).toBeInstanceOf(Date);

    const second = await runSendEmail(emailId, eventId);
    expect(second.result).toBe("ALREADY_DONE");
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } })).toEqual(captured);
  });

  it("is what the outbox relay runs in-process: the queued e-mail ends up captured", async () => {
    const { emailId, eventId } = await queue("relayed@example.test");
    // Drain the outbox (this file's earlier events included) through the in-process runner.
    while ((await relayOutbox(sendToWorkflows)).delivered > 0);
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } })).status).toBe("CAPTURED");
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).deliveredAt).not.toBeNull();
    expect(
      await db.workflowStep.findMany({ where: { eventId }, select: { functionId: true, stepId: true, output: true } }),
    ).toEqual([{ functionId: "send-email", stepId: "deliver", output: "CAPTURED" }]);
  });
});
