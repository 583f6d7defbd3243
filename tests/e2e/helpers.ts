import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo-password-2026";

export const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
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
