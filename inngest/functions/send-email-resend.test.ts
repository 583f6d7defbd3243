import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { resendConfigured } from "@/lib/core/env";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { queueEmail } from "@/lib/notifications/queue-email";
import { inngestFunctions } from "../inngest-functions";

// env() parses process.env once per module graph, so Resend is configured before anything reads it.
// The SDK reads RESEND_BASE_URL each time a client is built (deliverEmail builds one per call).
vi.hoisted(() => {
  process.env.RESEND_API_KEY = "re_test_key";
});

type Received = { method?: string; url?: string; headers: IncomingHttpHeaders; body: Record<string, unknown> };
const received: Received[] = [];
let answer: { status: number; body: unknown } = { status: 500, body: {} };
let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      received.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: raw ? JSON.parse(raw) : {},
      });
      response.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
});

beforeEach(() => {
  received.length = 0;
});

const message = { template: "test", subject: "Votre convention", html: "<p>Signée</p>", text: "Signée" };
const queue = (to: string) => db.$transaction((tx) => queueEmail(tx, to, message));

/** Runs the real Inngest function, as served, with @inngest/test (which runs one attempt: no retries). */
function runSendEmail(emailId: string) {
  const fn = inngestFunctions().find((f) => f.id() === "send-email")!;
  return new InngestTestEngine({ function: fn }).execute({
    events: [{ id: `evt-${emailId}`, name: "notification.email.send", data: { emailId } }],
  });
}

describe("send-email through Resend", () => {
  it("uses Resend when RESEND_API_KEY is set", () => {
    expect(resendConfigured()).toBe(true);
  });

  it("fails the attempt while Resend answers 500, then sends once with the same idempotency key", async () => {
    const emailId = await queue("student@example.test");

    answer = { status: 500, body: { statusCode: 500, name: "internal_server_error", message: "stub is down" } };
    const failed = await runSendEmail(emailId);
    expect(failed.error).toBeDefined();
    expect(String((failed.error as Error).message)).toMatch(/Resend refused e-mail .*stub is down/);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "stub is down",
      providerId: null,
      sentAt: null,
    });

    answer = { status: 200, body: { id: "re_123" } };
    const sent = await runSendEmail(emailId);
    expect(sent).not.toHaveProperty("error");
    expect(sent.result).toBe("SENT");
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
    expect(row).toMatchObject({ status: "SENT", providerId: "re_123", attempts: 2, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);

    expect(received).toHaveLength(2);
    for (const request of received) {
      expect(request).toMatchObject({ method: "POST", url: "/emails" });
      expect(request.headers["idempotency-key"]).toBe(`email/${emailId}`);
      expect(request.headers.authorization).toBe("Bearer re_test_key");
      expect(request.body).toMatchObject({
        to: "student@example.test",
        subject: "Votre convention",
        html: "<p>Signée</p>",
        text: "Signée",
      });
      expect(request.body.from).toEqual(expect.stringContaining("@"));
    }

    // A further delivery of the event (an Inngest retry or duplicate) sends nothing more.
    const again = await runSendEmail(emailId);
    expect(again.result).toBe("ALREADY_DONE");
    expect(received).toHaveLength(2);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } })).toEqual(row);
  });

  it("throws (so the workflow retries) when Resend cannot be reached at all", async () => {
    const emailId = await queue("unreachable@example.test");
    const stub = process.env.RESEND_BASE_URL;
    // A port nobody listens on: the SDK resolves with { error } rather than rejecting.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    process.env.RESEND_BASE_URL = `http://127.0.0.1:${port}`;
    try {
      await expect(deliverEmail(emailId)).rejects.toThrow(/Resend refused e-mail/);
    } finally {
      process.env.RESEND_BASE_URL = stub;
    }
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: expect.stringMatching(/unable to fetch/i),
    });
    expect(received).toHaveLength(0);
  });
});
