import { describe, expect, it } from "vitest";
import { accountEmail } from "@/lib/identity/account-emails";
import { translator } from "./translator";

describe("translations", () => {
  it("falls back to French for an unknown locale", () => {
    expect(translator("xx", "auth")("signInTitle")).toBe("Connexion");
    expect(translator("en", "auth")("signInTitle")).toBe("Sign in");
    expect(translator("ar", "auth")("signInTitle")).toBe("تسجيل الدخول");
  });

  it("renders account e-mails in the user's language with the link", () => {
    const fr = accountEmail("resetPassword", { locale: "fr", name: "Léa", token: "abc" });
    expect(fr.subject).toBe("Réinitialisez votre mot de passe");
    expect(fr.text).toContain("Bonjour Léa,");
    expect(fr.text).toContain("http://localhost:3000/reset-password?token=abc");
    const en = accountEmail("verifyEmail", { locale: "en", token: "a<b" });
    expect(en.subject).toBe("Confirm your e-mail address");
    expect(en.html).toContain("token=a%3Cb");
    expect(en.html).not.toContain("a<b");
  });
});
