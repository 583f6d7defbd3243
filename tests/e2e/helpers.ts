import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

export const DEMO_PASSWORD = "Demo-password-2026";
/** The seeded system admin's published TOTP secret (prisma/seed.ts, README "Demo accounts"). */
export const DEMO_ADMIN_TOTP_SECRET = "STAGIAIRE2DEMO3ADMIN4TOTP5SECRET";
const TOTP_SECRETS: Record<string, string> = { "admin@demo.stagiaire.app": DEMO_ADMIN_TOTP_SECRET };

export const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;

/** Signs in through the form; an account with two-step verification gets its code computed from its secret. */
export async function signIn(page: Page, email: string, password: string, totpSecret = TOTP_SECRETS[email]) {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (totpSecret) await enterTotpCode(page, totpSecret);
  await expect(page).toHaveURL(/\/dashboard/);
}

/**
 * Each code signs in once, and journeys running in parallel may sign the same admin in within one
 * 30-second period: the server also accepts the next period's code, and after that the helper
 * waits for a new period.
 */
async function enterTotpCode(page: Page, secret: string) {
  const field = page.getByLabel("Code de vérification");
  for (let attempt = 0; attempt < 4; attempt++) {
    if (attempt >= 2) await page.waitForTimeout(30_500 - (Date.now() % 30_000));
    const timestamp = Date.now() + (attempt === 1 ? 30_000 : 0);
    await field.fill(TOTP.generate({ secret: Secret.fromBase32(secret), timestamp }));
    await page.getByRole("button", { name: "Vérifier" }).click();
    const signedIn = await page.waitForURL(/\/dashboard/, { timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (signedIn) return;
  }
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Compte" }).click();
  await page.getByRole("menuitem", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** Opens the newest captured e-mail to `email` in the dev mailbox and follows its link. */
export async function followEmailLink(page: Page, email: string, subject: RegExp) {
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(
      page.getByTestId("captured-email").filter({ hasText: email }).filter({ hasText: subject }).first(),
    ).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const message = page.getByTestId("captured-email").filter({ hasText: email }).filter({ hasText: subject }).first();
  await message.getByRole("link").first().click();
}
