import { beforeEach, describe, expect, it, vi } from "vitest";
import { kickRelay } from "@/inngest/dispatch";
import { db } from "@/lib/core/db";
import { TestBrowser } from "@/tests/helpers/browser";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser, PASSWORD } from "@/tests/helpers/users";

vi.mock("next/headers", async () => (await import("@/tests/helpers/browser")).nextHeadersMock());

const { register, signInWithPassword } = await import("@/app/(auth)/actions");
const { POST: login } = await import("@/app/api/v1/auth/login/route");

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile Safari/604.1";

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const newDeviceEmails = async (to: string) => {
  await kickRelay();
  return db.emailMessage.findMany({ where: { to, template: "newDeviceSignIn" }, orderBy: { createdAt: "asc" } });
};

async function signIn(browser: TestBrowser, email: string, password = PASSWORD) {
  expect((await browser.run(() => signInWithPassword({ email, password }))).ok).toBe(true);
}

describe("sign-in notification from a new device", () => {
  it("is not sent for the first sign-in after registration, nor again from the same browser", async () => {
    const browser = new TestBrowser();
    const email = "nouvelle@example.test";
    const registered = await browser.run(() =>
      register({ email, password: "Long-enough-1", name: "Nouvelle Étudiante", role: "STUDENT", locale: "fr" }),
    );
    expect(registered.ok).toBe(true);
    expect(browser.jar.get("stagiaire-device")).toEqual(expect.any(String));
    await signIn(browser, email, "Long-enough-1");
    expect(await newDeviceEmails(email)).toHaveLength(0);
  });

  it("is sent once for a new browser, in the user's language, naming the device", async () => {
    const user = await createUser("STUDENT");
    await signIn(new TestBrowser(), user.email);
    expect(await newDeviceEmails(user.email)).toHaveLength(0);

    const phone = new TestBrowser(IPHONE, "198.51.100.20");
    await signIn(phone, user.email);
    const [mail, ...more] = await newDeviceEmails(user.email);
    expect(more).toHaveLength(0);
    expect(mail).toMatchObject({ subject: "Nouvelle connexion à votre compte Stagiaire", status: "CAPTURED" });
    expect(mail!.text).toContain("Safari 17, iOS 17.5");
    expect(mail!.text).toContain("http://localhost:3000/profile");

    await signIn(phone, user.email);
    expect(await newDeviceEmails(user.email)).toHaveLength(1);
  });

  it("is sent for an API login from a new client, once per client and network", async () => {
    const user = await createUser("STUDENT");
    const apiLogin = (userAgent: string) =>
      callRoute(login, { body: { email: user.email, password: PASSWORD }, headers: { "user-agent": userAgent } });
    expect((await apiLogin("okhttp/4.12.0")).status).toBe(200);
    expect(await newDeviceEmails(user.email)).toHaveLength(0);
    expect((await apiLogin("Stagiaire-Mobile/2.1 (Android 14)")).status).toBe(200);
    expect((await apiLogin("Stagiaire-Mobile/2.1 (Android 14)")).status).toBe(200);
    expect(await newDeviceEmails(user.email)).toHaveLength(1);
  });
});
