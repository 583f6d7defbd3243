import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { bearer } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { PATCH as markRead } from "./[id]/read/route";
import { GET as getPreferences, PUT as putPreferences } from "./preferences/[userId]/route";
import { PATCH as markAllRead } from "./user/[userId]/read/route";
import { GET as list } from "./user/[userId]/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

async function userWithNotifications(role: "STUDENT" | "ENTERPRISE" = "STUDENT") {
  const user = await createUser(role);
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
  const rows = await Promise.all(
    [30, 20, 10].map((minutesAgo, i) =>
      db.notification.create({
        data: {
          userId: user.id,
          type: "applicationStatus",
          title: `Étape ${i + 1}`,
          body: "…",
          link: `/student/applications/a${i}`,
          createdAt: at(minutesAgo),
        },
      }),
    ),
  );
  return { user, ids: rows.map((r) => r.id), headers: await bearer(user) };
}

describe("in-app notifications", () => {
  it("lists one's own, newest first, with the unread count; marks one, then all, as read", async () => {
    const { user, ids, headers } = await userWithNotifications();
    const first = await callRoute(list, { method: "GET", params: { userId: user.id }, headers });
    expect(first.status).toBe(200);
    expect(first.body.items.map((n: { title: string }) => n.title)).toEqual(["Étape 3", "Étape 2", "Étape 1"]);
    expect(first.body).toMatchObject({ unread: 3, nextCursor: null });

    const one = await callRoute(markRead, { method: "PATCH", params: { id: ids[0]! }, headers });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: ids[0], readAt: expect.any(String) });
    const again = await callRoute(markRead, { method: "PATCH", params: { id: ids[0]! }, headers });
    expect(again.body.readAt).toBe(one.body.readAt);

    const all = await callRoute(markAllRead, { method: "PATCH", params: { userId: user.id }, headers });
    expect(all.body).toEqual({ updated: 2 });
    const after = await callRoute(list, { method: "GET", params: { userId: user.id }, headers });
    expect(after.body.unread).toBe(0);
  });

  it("pages with a cursor", async () => {
    const { user, headers } = await userWithNotifications();
    const page = await callRoute(list, { method: "GET", path: "?limit=2", params: { userId: user.id }, headers });
    expect(page.body.items).toHaveLength(2);
    const next = await callRoute(list, {
      method: "GET",
      path: `?limit=2&cursor=${page.body.nextCursor}`,
      params: { userId: user.id },
      headers,
    });
    expect(next.body.items.map((n: { title: string }) => n.title)).toEqual(["Étape 1"]);
  });

  it("keeps them personal: another user can neither list nor mark them", async () => {
    const owner = await userWithNotifications();
    const other = await createUser("SYSTEM_ADMIN");
    const headers = await bearer(other);
    expect((await callRoute(list, { method: "GET", params: { userId: owner.user.id }, headers })).status).toBe(403);
    expect((await callRoute(markRead, { method: "PATCH", params: { id: owner.ids[0]! }, headers })).status).toBe(404);
    expect((await callRoute(markAllRead, { method: "PATCH", params: { userId: owner.user.id }, headers })).status).toBe(
      403,
    );
    expect(
      (await callRoute(getPreferences, { method: "GET", params: { userId: owner.user.id }, headers })).status,
    ).toBe(403);
    expect(await db.notification.count({ where: { userId: owner.user.id, readAt: { not: null } } })).toBe(0);
  });
});

describe("notification settings", () => {
  it("are on by default for the kinds one's role receives, and change per kind and channel", async () => {
    const { user, headers } = await userWithNotifications();
    const defaults = await callRoute(getPreferences, { method: "GET", params: { userId: user.id }, headers });
    // Students get web push by default (it does nothing before they turn it on in a browser).
    const all = { inApp: true, email: true, push: true, channels: { inApp: true, email: true, push: true } };
    expect(defaults.body.settings).toEqual({
      emailDigest: false,
      digestFrequency: "DAILY",
      digestHour: 6,
      quietStart: null,
      quietEnd: null,
      timeZone: "Europe/Paris",
    });
    expect(defaults.body.items.map((item: { kind: string }) => item.kind)).toEqual(
      expect.arrayContaining([
        "applicationStatus",
        "interviews",
        "agreements",
        "internshipEvaluations",
        "staffMessages",
      ]),
    );
    expect(defaults.body.items.map((item: { kind: string }) => item.kind)).not.toContain("applicantActivity");
    for (const item of defaults.body.items) expect(item).toMatchObject(all);
    const changed = await callRoute(putPreferences, {
      method: "PUT",
      params: { userId: user.id },
      body: { preferences: [{ kind: "applicationStatus", inApp: true, email: false }] },
      headers,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.items[0]).toMatchObject({ kind: "applicationStatus", inApp: true, email: false });
    expect(await db.notificationPreference.findMany({ where: { userId: user.id } })).toEqual([
      expect.objectContaining({ type: "applicationStatus", inApp: true, email: false }),
    ]);
  });

  it.each([
    ["an unknown kind", { preferences: [{ kind: "newsletter", inApp: true, email: true }] }, "preferences.0.kind"],
    [
      "another role's kind",
      { preferences: [{ kind: "applicantActivity", inApp: true, email: true }] },
      "preferences.0.kind",
    ],
    [
      "a switch that is not a boolean",
      { preferences: [{ kind: "applicationStatus", inApp: "sometimes", email: true }] },
      "preferences.0.inApp",
    ],
    ["no list", {}, "preferences"],
    [
      "quiet hours past midnight's last minute",
      { preferences: [], settings: { emailDigest: false, quietStart: 1440, quietEnd: 420, timeZone: "Europe/Paris" } },
      "settings.quietStart",
    ],
    [
      "an unknown time zone",
      { preferences: [], settings: { emailDigest: true, quietStart: null, quietEnd: null, timeZone: "Mars/Olympus" } },
      "settings.timeZone",
    ],
    [
      "a digest hour past 23",
      {
        preferences: [],
        settings: { emailDigest: true, digestHour: 24, quietStart: null, quietEnd: null, timeZone: "UTC" },
      },
      "settings.digestHour",
    ],
    [
      "a monthly digest",
      {
        preferences: [],
        settings: { emailDigest: true, digestFrequency: "MONTHLY", quietStart: null, quietEnd: null, timeZone: "UTC" },
      },
      "settings.digestFrequency",
    ],
    [
      "quiet hours with a start and no end",
      { preferences: [], settings: { emailDigest: false, quietStart: 1320, quietEnd: null, timeZone: "Europe/Paris" } },
      "settings.quietEnd",
    ],
  ])("refuses %s with 400, writing nothing", async (_name, body, field) => {
    const { user, headers } = await userWithNotifications();
    const response = await callRoute(putPreferences, { method: "PUT", params: { userId: user.id }, body, headers });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.notificationSettings.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps the digest and quiet hours, and an enterprise's push is off until chosen", async () => {
    const { user, headers } = await userWithNotifications("ENTERPRISE");
    const settings = {
      emailDigest: true,
      digestFrequency: "WEEKLY",
      digestHour: 18,
      quietStart: 22 * 60,
      quietEnd: 7 * 60,
      timeZone: "Africa/Tunis",
    };
    const saved = await callRoute(putPreferences, {
      method: "PUT",
      params: { userId: user.id },
      body: { preferences: [{ kind: "interviews", inApp: true, email: true, push: true }], settings },
      headers,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toEqual(settings);
    expect(saved.body.items).toContainEqual(expect.objectContaining({ kind: "interviews", push: true }));
    expect(saved.body.items).toContainEqual(expect.objectContaining({ kind: "unansweredApplications", push: false }));
  });
});
