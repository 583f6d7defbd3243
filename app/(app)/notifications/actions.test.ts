import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { getNotificationPreferences } from "@/lib/notifications/get-notification-preferences";
import { loadActor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { session } from "@/tests/security/session-mock";
import { saveDeliverySettings } from "./actions";

vi.mock("@/lib/identity/current-actor", async (importOriginal) => {
  const { mockedCurrentActor } = await import("@/tests/security/session-mock");
  return mockedCurrentActor(await importOriginal());
});
vi.mock("@/lib/identity/next-auth", async () => (await import("@/tests/security/session-mock")).mockedNextAuth());
vi.mock("next/headers", async (importOriginal) =>
  (await import("@/tests/security/session-mock")).mockedHeaders(await importOriginal()),
);
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
  session.userId = null;
});

const row = (userId: string) =>
  db.notificationSettings.findUnique({
    where: { userId },
    select: {
      emailDigest: true,
      digestFrequency: true,
      digestHour: true,
      quietStart: true,
      quietEnd: true,
      timeZone: true,
    },
  });

describe("the delivery settings form's action", () => {
  it("saves the daily digest and quiet hours spanning midnight, as the preferences page then reads them", async () => {
    const student = await createUser("STUDENT");
    session.userId = student.id;
    const settings = {
      emailDigest: true,
      digestFrequency: "WEEKLY",
      digestHour: 8,
      quietStart: 22 * 60,
      quietEnd: 7 * 60 + 30,
      timeZone: "Africa/Tunis",
    };
    expect(await saveDeliverySettings(settings)).toEqual({ ok: true, data: settings });
    expect(await row(student.id)).toEqual(settings);
    const page = await getNotificationPreferences(await loadActor(student.id), student.id);
    expect(page.settings).toEqual(settings);

    // Back to one e-mail per event and no quiet hours.
    const off = {
      emailDigest: false,
      digestFrequency: "DAILY",
      digestHour: 6,
      quietStart: null,
      quietEnd: null,
      timeZone: "Europe/Paris",
    };
    expect(await saveDeliverySettings(off)).toEqual({ ok: true, data: off });
    expect(await row(student.id)).toEqual(off);
  });

  it.each([
    [
      "a start without an end",
      { emailDigest: false, quietStart: 1320, quietEnd: null, timeZone: "Europe/Paris" },
      { quietEnd: { key: "quietHoursIncomplete" } },
    ],
    [
      "an end equal to the start",
      { emailDigest: false, quietStart: 1320, quietEnd: 1320, timeZone: "Europe/Paris" },
      { quietEnd: { key: "quietHoursEmpty" } },
    ],
    [
      "a minute past the end of the day",
      { emailDigest: false, quietStart: 1440, quietEnd: 420, timeZone: "Europe/Paris" },
      { quietStart: { key: "tooLarge", values: { max: 1439 } } },
    ],
    [
      "a digest hour past 23",
      { emailDigest: true, digestHour: 24, quietStart: null, quietEnd: null, timeZone: "Europe/Paris" },
      { digestHour: { key: "tooLarge", values: { max: 23 } } },
    ],
    [
      "a monthly digest",
      { emailDigest: true, digestFrequency: "MONTHLY", quietStart: null, quietEnd: null, timeZone: "Europe/Paris" },
      { digestFrequency: { key: "choice" } },
    ],
    [
      "an unknown time zone",
      { emailDigest: true, quietStart: null, quietEnd: null, timeZone: "Mars/Olympus" },
      { timeZone: { key: "choice" } },
    ],
    [
      "a digest that is not a yes or no",
      { emailDigest: "weekly", quietStart: null, quietEnd: null, timeZone: "Europe/Paris" },
      { emailDigest: { key: "choice" } },
    ],
  ])("refuses %s with the field's reason and leaves the saved settings as they were", async (_, input, fields) => {
    const user = await createUser("ENTERPRISE");
    const before = {
      emailDigest: true,
      digestFrequency: "WEEKLY" as const,
      digestHour: 20,
      quietStart: 60,
      quietEnd: 120,
      timeZone: "Europe/Berlin",
    };
    await db.notificationSettings.create({ data: { userId: user.id, ...before } });
    session.userId = user.id;
    const result = await saveDeliverySettings(input);
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: fields } });
    expect(await row(user.id)).toEqual(before);
  });

  it("asks a signed-out visitor to sign in and writes nothing", async () => {
    const count = await db.notificationSettings.count();
    const result = await saveDeliverySettings({
      emailDigest: true,
      quietStart: null,
      quietEnd: null,
      timeZone: "Europe/Paris",
    });
    expect(result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await db.notificationSettings.count()).toBe(count);
  });
});
