import { createECDH, randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { notifyUser } from "@/lib/notifications/notify-user";
import { releaseQuietHours } from "@/lib/notifications/release-quiet-hours";
import { sendEmailDigests } from "@/lib/notifications/send-email-digests";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { createUser } from "@/tests/helpers/users";
import { inngestFunctions } from "../inngest-functions";

// Resend points at the local stub below; one server plays Resend and the push services.
vi.hoisted(() => {
  process.env.RESEND_API_KEY = "re_test_key";
});

type Received = { url?: string; headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
/** What each push endpoint answers (default 201). */
const pushAnswers = new Map<string, number>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString("latin1") });
      if (request.url === "/emails") {
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ id: `re_${received.length}` }));
        return;
      }
      response.writeHead(pushAnswers.get(request.url ?? "") ?? 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.RESEND_BASE_URL = base;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
});

beforeEach(() => {
  received.length = 0;
});

const sentTo = (path: string) => received.filter((r) => r.url === path);

/** A browser's subscription: a real P-256 key pair and auth secret, at an endpoint of the local stub. */
async function subscribe(userId: string, path: string) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return db.pushSubscription.create({
    data: {
      userId,
      endpoint: `${base}${path}`,
      p256dh: ecdh.getPublicKey().toString("base64url"),
      auth: randomBytes(16).toString("base64url"),
    },
  });
}

async function tell(
  user: { id: string; email: string },
  kind: "applicationStatus" | "interviews" = "applicationStatus",
) {
  return db.$transaction((tx) =>
    notifyUser(tx, user, {
      kind,
      title: "Candidature retenue",
      body: "Acme a retenu votre candidature.",
      link: "/student/applications/a1",
      email: renderEmail({
        template: "applicationACCEPTED",
        subject: "Candidature retenue",
        greeting: "Bonjour,",
        paragraphs: ["Acme a retenu votre candidature."],
        action: { label: "Voir", url: "http://localhost:3000/student/applications/a1" },
        footer: "Stagiaire",
      }),
    }),
  );
}

/** Runs a served Inngest function for one event, as @inngest/test does (a single attempt). */
function run(functionId: string, name: string, data: Record<string, string>, id = `evt-${Math.random()}`) {
  const fn = inngestFunctions().find((f) => f.id() === functionId)!;
  return new InngestTestEngine({ function: fn }).execute({ events: [{ id, name, data }] });
}

async function lastEvent(name: string) {
  return db.outboxEvent.findFirstOrThrow({ where: { name }, orderBy: { createdAt: "desc" } });
}

describe("one notification, delivered on each channel the person keeps on", () => {
  it("writes the in-app row, queues a branded e-mail with a one-click unsubscribe, and pushes to each browser", async () => {
    const user = await createUser("STUDENT");
    await subscribe(user.id, "/push/phone");
    await subscribe(user.id, "/push/laptop");

    expect(await tell(user)).toEqual({ inApp: true, email: true, push: true });

    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);
    const email = await db.emailMessage.findFirstOrThrow({ where: { userId: user.id } });
    expect(email).toMatchObject({ kind: "applicationStatus", status: "PENDING" });
    expect(email.html).toContain("Stagiaire");
    expect(email.text).toContain("Acme a retenu votre candidature.");
    expect(email.text).toMatch(
      /Ne plus recevoir d'e-mails : Suivi de mes candidatures: http:\/\/localhost:3000\/unsubscribe\?token=/,
    );
    expect(email.headers).toEqual({
      "List-Unsubscribe": expect.stringMatching(
        /^<http:\/\/localhost:3000\/api\/v1\/notifications\/unsubscribe\?token=.+>$/,
      ),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });

    const pushEvent = await lastEvent("notification.push.send");
    const pushId = (pushEvent.data as { pushId: string }).pushId;
    const pushed = await run("send-push", "notification.push.send", { pushId });
    expect(pushed.result).toEqual({ sent: 2, gone: 0, skipped: 0 });
    const requests = [...sentTo("/push/phone"), ...sentTo("/push/laptop")];
    expect(requests).toHaveLength(2);
    // Encrypted for the browser (RFC 8291) and signed with our VAPID key.
    expect(requests[0].headers["content-encoding"]).toBe("aes128gcm");
    expect(requests[0].headers.authorization).toMatch(/^vapid t=.+, k=.+$/);

    await run("send-email", "notification.email.send", { emailId: email.id });
    const resend = sentTo("/emails");
    expect(resend).toHaveLength(1);
    expect(JSON.parse(resend[0].body).headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });

  it("sends no second e-mail or push when a step is retried", async () => {
    const user = await createUser("STUDENT");
    await subscribe(user.id, "/push/retried");
    await tell(user);
    const { id: emailId } = await db.emailMessage.findFirstOrThrow({ where: { userId: user.id } });
    const { pushId } = (await lastEvent("notification.push.send")).data as { pushId: string };

    for (let attempt = 0; attempt < 3; attempt++) {
      await run("send-email", "notification.email.send", { emailId });
      await run("send-push", "notification.push.send", { pushId });
    }
    expect(sentTo("/emails")).toHaveLength(1);
    expect(sentTo("/push/retried")).toHaveLength(1);
    expect(await db.pushDelivery.count({ where: { pushMessageId: pushId } })).toBe(1);
  });

  it("retries a push the service refused, without sending again to the browsers that got it", async () => {
    const user = await createUser("STUDENT");
    await subscribe(user.id, "/push/ok");
    await subscribe(user.id, "/push/busy");
    pushAnswers.set("/push/busy", 503);
    await tell(user);
    const { pushId } = (await lastEvent("notification.push.send")).data as { pushId: string };

    const failed = await run("send-push", "notification.push.send", { pushId });
    expect(failed.error).toBeDefined();
    pushAnswers.delete("/push/busy");
    const retried = await run("send-push", "notification.push.send", { pushId });
    expect(retried.result).toEqual({ sent: 1, gone: 0, skipped: 0 });
    expect(sentTo("/push/ok")).toHaveLength(1);
    expect(sentTo("/push/busy")).toHaveLength(2);
  });

  it.each([404, 410])("removes a subscription the push service says is gone (%i)", async (status) => {
    const user = await createUser("STUDENT");
    const gone = await subscribe(user.id, `/push/gone-${status}`);
    const kept = await subscribe(user.id, `/push/kept-${status}`);
    pushAnswers.set(`/push/gone-${status}`, status);
    await tell(user);
    const { pushId } = (await lastEvent("notification.push.send")).data as { pushId: string };

    const outcome = await run("send-push", "notification.push.send", { pushId });
    expect(outcome.result).toEqual({ sent: 1, gone: 1, skipped: 0 });
    expect(await db.pushSubscription.findUnique({ where: { id: gone.id } })).toBeNull();
    expect(await db.pushSubscription.findUnique({ where: { id: kept.id } })).not.toBeNull();
  });

  it("delivers nothing on a channel the person switched off for that kind, and the rest as usual", async () => {
    const user = await createUser("STUDENT");
    await subscribe(user.id, "/push/off");
    await db.notificationPreference.create({
      data: { userId: user.id, type: "applicationStatus", inApp: true, email: false, push: false },
    });
    const pushesBefore = await db.outboxEvent.count({ where: { name: "notification.push.send" } });

    expect(await tell(user)).toEqual({ inApp: true, email: false, push: false });
    expect(await db.emailMessage.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.pushMessage.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.outboxEvent.count({ where: { name: "notification.push.send" } })).toBe(pushesBefore);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);

    // Another kind is not affected.
    expect(await tell(user, "interviews")).toEqual({ inApp: true, email: true, push: true });
  });

  it("gives staff no push unless they chose it, and pushes nobody without a subscribed browser", async () => {
    const supervisor = await createUser("UNIVERSITY_SUPERVISOR");
    await subscribe(supervisor.id, "/push/supervisor");
    const student = await createUser("STUDENT");
    const staff = await db.$transaction((tx) =>
      notifyUser(tx, supervisor, { kind: "internshipEvaluations", title: "t", body: "b", link: "/" }),
    );
    expect(staff).toEqual({ inApp: true, email: false, push: false });
    expect(await tell(student)).toEqual({ inApp: true, email: true, push: false });
  });
});

describe("quiet hours and the daily digest", () => {
  it("holds e-mail and push during quiet hours, then releases each once", async () => {
    const user = await createUser("STUDENT");
    await subscribe(user.id, "/push/night");
    // Quiet all day but the minute before "now": whatever the clock says, now is inside.
    await db.notificationSettings.create({ data: { userId: user.id, quietStart: 0, quietEnd: 1439, timeZone: "UTC" } });
    const eventsBefore = await db.outboxEvent.count();
    await tell(user);
    const email = await db.emailMessage.findFirstOrThrow({ where: { userId: user.id } });
    const push = await db.pushMessage.findFirstOrThrow({ where: { userId: user.id } });
    expect(email.notBefore).toBeInstanceOf(Date);
    expect(push.notBefore).toEqual(email.notBefore);
    expect(await db.outboxEvent.count()).toBe(eventsBefore);
    // Delivering early (a stray event) sends nothing.
    expect((await run("send-email", "notification.email.send", { emailId: email.id })).result).toBe("NOT_YET");
    expect(sentTo("/emails")).toHaveLength(0);

    const later = new Date(email.notBefore!.getTime() + 60_000);
    await releaseQuietHours(later);
    await releaseQuietHours(later);
    const released = await db.outboxEvent.findMany({ where: { createdAt: { gte: email.createdAt } } });
    expect(released.map((e) => e.name).sort()).toEqual(["notification.email.send", "notification.push.send"]);
    expect((await run("send-email", "notification.email.send", { emailId: email.id })).result).toBe("SENT");
  });

  it("keeps the e-mails of a digest user for one e-mail a day at their hour, sent once", async () => {
    const user = await createUser("STUDENT");
    await db.notificationSettings.create({
      data: { userId: user.id, emailDigest: true, digestHour: 6, timeZone: "UTC" },
    });
    await tell(user);
    await tell(user, "interviews");
    expect(await db.emailMessage.count({ where: { userId: user.id, status: "HELD" } })).toBe(2);

    // Held until the next 06:00 of their time zone, then one digest, and a repeated run sends nothing.
    const six = new Date();
    six.setUTCHours(6, 0, 0, 0);
    if (six.getTime() <= Date.now()) six.setUTCDate(six.getUTCDate() + 1);
    await sendEmailDigests(new Date(six.getTime() - 60_000));
    expect(await db.emailMessage.count({ where: { userId: user.id, status: "HELD" } })).toBe(2);
    expect((await sendEmailDigests(six)).digests).toBeGreaterThanOrEqual(1);
    expect((await sendEmailDigests(six)).digests).toBe(0);
    expect(await db.emailMessage.count({ where: { userId: user.id, status: "DIGESTED" } })).toBe(2);
    const digest = await db.emailMessage.findFirstOrThrow({ where: { to: user.email, template: "digest" } });
    expect(digest.subject).toBe("Votre récapitulatif du jour : 2 notifications");
    expect(digest.text).toContain("• Candidature retenue");
    expect(digest.status).toBe("PENDING");
  });

  it("sends a weekly digest on Monday at the hour of the user's time zone, and held e-mails at once to one who left the digest", async () => {
    const user = await createUser("STUDENT");
    // 18:00 in Tokyo (UTC+9, no daylight saving) is 09:00 UTC.
    await db.notificationSettings.create({
      data: { userId: user.id, emailDigest: true, digestFrequency: "WEEKLY", digestHour: 18, timeZone: "Asia/Tokyo" },
    });
    await tell(user);
    // Held on Tuesday 6 January 2026: not sent on Wednesday at 18:00 in Tokyo (a daily digest would
    // be), nor a minute before Monday's, but on Monday 12 January at 18:00 there (09:00 UTC).
    await db.emailMessage.updateMany({
      where: { userId: user.id, status: "HELD" },
      data: { createdAt: new Date("2026-01-06T12:00:00Z") },
    });
    const monday = new Date("2026-01-12T09:00:00Z");
    await sendEmailDigests(new Date("2026-01-07T09:00:00Z"));
    await sendEmailDigests(new Date(monday.getTime() - 60_000));
    expect(await db.emailMessage.count({ where: { userId: user.id, status: "HELD" } })).toBe(1);
    await sendEmailDigests(monday);
    expect(await db.emailMessage.count({ where: { userId: user.id, status: "DIGESTED" } })).toBe(1);
    const digest = await db.emailMessage.findFirstOrThrow({ where: { to: user.email, template: "digest" } });
    expect(digest.subject).toBe("Votre récapitulatif de la semaine : 1 notification");

    // Back to one e-mail per event: what was held goes out at the next run, whatever the hour.
    await tell(user);
    await db.notificationSettings.update({ where: { userId: user.id }, data: { emailDigest: false } });
    await sendEmailDigests();
    expect(await db.emailMessage.count({ where: { userId: user.id, status: "HELD" } })).toBe(0);
  });
});
