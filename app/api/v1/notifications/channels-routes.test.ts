import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { bearer } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { DELETE as unsubscribePush, POST as subscribePush } from "./push-subscriptions/route";
import { POST as testPush } from "./push-subscriptions/test/route";
import { POST as send } from "./send/route";
import { POST as unsubscribe } from "./unsubscribe/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

/** What a mail client sends for RFC 8058 one-click: a form body, no cookie, no Origin. */
const oneClick = (token: string, headers: Record<string, string> = {}) =>
  callRoute(unsubscribe, {
    path: `/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
    rawBody: "List-Unsubscribe=One-Click",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
  });

const preferences = (userId: string) =>
  db.notificationPreference.findMany({
    where: { userId },
    select: { type: true, inApp: true, email: true, push: true },
  });

describe("one-click unsubscribe", () => {
  it("works signed out and turns off only the e-mails of its kind", async () => {
    const user = await createUser("STUDENT");
    await db.notificationPreference.create({ data: { userId: user.id, type: "interviews", email: true } });
    const response = await oneClick(unsubscribeToken(user.id, "applicationStatus"));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ kind: "applicationStatus", email: false });
    expect(await preferences(user.id)).toEqual(
      expect.arrayContaining([
        { type: "applicationStatus", inApp: true, email: false, push: true },
        { type: "interviews", inApp: true, email: true, push: false },
      ]),
    );
    // Again: still off, nothing else changes.
    expect((await oneClick(unsubscribeToken(user.id, "applicationStatus"))).status).toBe(200);
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(2);
  });

  it("sends the page's own form back to the page", async () => {
    const user = await createUser("STUDENT");
    const token = unsubscribeToken(user.id, "interviews");
    const response = await oneClick(token, { accept: "text/html" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe?token=${encodeURIComponent(token)}&done=1`);
  });

  it.each([
    ["no token", () => ""],
    [
      "a token whose kind was changed",
      (id: string) => unsubscribeToken(id, "interviews").replace(".interviews.", ".agreements."),
    ],
    ["a token for another user", (id: string) => unsubscribeToken(id, "interviews").replace(id, `${id.slice(0, -1)}x`)],
    ["a made-up signature", (id: string) => `${id}.interviews.AAAA`],
    ["an unknown kind", (id: string) => `${id}.newsletter.AAAA`],
  ])("refuses %s with 404 problem+json, changing nothing", async (_name, token) => {
    const user = await createUser("STUDENT");
    const response = await callRoute(unsubscribe, {
      path: `/notifications/unsubscribe?token=${encodeURIComponent(token(user.id))}`,
      rawBody: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await db.notificationPreference.count()).toBe(
      await db.notificationPreference.count({ where: { NOT: { userId: user.id } } }),
    );
    expect(await preferences(user.id)).toEqual([]);
  });
});

const subscription = (n: number) => ({
  endpoint: `https://push.example.test/send/device-${n}`,
  keys: {
    p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    auth: "tBHItJI5svbpez7KI4CCXg",
  },
});

describe("push subscriptions", () => {
  it("keeps a browser's subscription for the caller, moves it on a new sign-in, and forgets it", async () => {
    const student = await createUser("STUDENT");
    const other = await createUser("STUDENT");
    const created = await callRoute(subscribePush, { body: subscription(1), headers: await bearer(student) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ devices: 1 });
    // The same browser, another account: the endpoint is now the other's.
    await callRoute(subscribePush, { body: subscription(1), headers: await bearer(other) });
    expect(await db.pushSubscription.findMany({ select: { userId: true } })).toEqual([{ userId: other.id }]);
    // The first user cannot remove it any more; its owner can.
    const notMine = await callRoute(unsubscribePush, {
      method: "DELETE",
      body: { endpoint: subscription(1).endpoint },
      headers: await bearer(student),
    });
    expect(notMine.body).toEqual({ removed: 0 });
    const mine = await callRoute(unsubscribePush, {
      method: "DELETE",
      body: { endpoint: subscription(1).endpoint },
      headers: await bearer(other),
    });
    expect(mine.body).toEqual({ removed: 1 });
    expect(await db.pushSubscription.count()).toBe(0);
  });

  it.each([
    ["a plain-http endpoint", { ...subscription(2), endpoint: "http://push.example.test/x" }, "endpoint"],
    ["keys that are not base64url", { ...subscription(2), keys: { p256dh: "<script>", auth: "x" } }, "keys.p256dh"],
    ["no keys", { endpoint: subscription(2).endpoint }, "keys.p256dh"],
  ])("refuses %s with 400, writing nothing", async (_name, body, field) => {
    const student = await createUser("STUDENT");
    const response = await callRoute(subscribePush, { body, headers: await bearer(student) });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await db.pushSubscription.count({ where: { userId: student.id } })).toBe(0);
  });

  it("needs a session, and a subscribed browser for the test notification", async () => {
    expect((await callRoute(subscribePush, { body: subscription(3) })).status).toBe(401);
    const student = await createUser("STUDENT");
    const none = await callRoute(testPush, { headers: await bearer(student) });
    expect(none.body).toEqual({ pushId: null, devices: 0 });
    expect(await db.pushMessage.count({ where: { userId: student.id } })).toBe(0);
    await callRoute(subscribePush, { body: subscription(3), headers: await bearer(student) });
    const sent = await callRoute(testPush, { headers: await bearer(student) });
    expect(sent.status).toBe(202);
    expect(await db.pushMessage.findFirstOrThrow({ where: { userId: student.id } })).toMatchObject({
      kind: "test",
      title: "Les notifications fonctionnent",
    });
  });
});

describe("POST /notifications/send", () => {
  async function university() {
    const admin = await createUser("UNIVERSITY_ADMIN");
    const { universityId } = await db.universityStaff.findFirstOrThrow({ where: { userId: admin.id } });
    const department = await db.department.create({ data: { universityId, name: `Dept ${admin.id}` } });
    const program = await db.program.create({ data: { departmentId: department.id, name: "Master MIAGE" } });
    return { admin, universityId, program };
  }

  it("tells every student of a program, as each one's settings say", async () => {
    const { admin, universityId, program } = await university();
    const [a, b] = [await createUser("STUDENT", { universityId }), await createUser("STUDENT", { universityId })];
    const outsider = await createUser("STUDENT", { universityId });
    await db.student.updateMany({ where: { userId: { in: [a.id, b.id] } }, data: { programId: program.id } });
    await db.notificationPreference.create({
      data: { userId: b.id, type: "staffMessages", inApp: true, email: false },
    });

    const response = await callRoute(send, {
      body: {
        audience: { type: "program", id: program.id },
        title: "Forum des stages",
        body: "Jeudi à 14 h, amphi A.",
      },
      headers: await bearer(admin),
    });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ recipients: 2, inApp: 2, email: 1, push: 0 });
    expect(await db.notification.count({ where: { type: "staffMessages", userId: { in: [a.id, b.id] } } })).toBe(2);
    expect(await db.notification.count({ where: { userId: outsider.id } })).toBe(0);
    expect(await db.emailMessage.findMany({ where: { kind: "staffMessages" }, select: { to: true } })).toEqual([
      { to: a.email },
    ]);
  });

  it("refuses another university's program, students, and bad bodies, writing nothing", async () => {
    const { program } = await university();
    const stranger = (await university()).admin;
    const student = await createUser("STUDENT");
    const good = { audience: { type: "program", id: program.id }, title: "Forum", body: "Jeudi." };
    const before = await db.notification.count({ where: { type: "staffMessages" } });
    const cases: [Record<string, string>, unknown, number][] = [
      [await bearer(stranger), good, 404],
      [await bearer(student), good, 403],
      [await bearer(stranger), { ...good, audience: { type: "promotion", id: program.id } }, 400],
      [await bearer(stranger), { ...good, title: "" }, 400],
      [await bearer(stranger), { ...good, link: "https://evil.example/" }, 400],
    ];
    for (const [headers, body, status] of cases) {
      const response = await callRoute(send, { body, headers });
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    expect(await db.notification.count({ where: { type: "staffMessages" } })).toBe(before);
  });
});
