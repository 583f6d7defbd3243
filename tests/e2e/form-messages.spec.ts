import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// Forms say the real reason in the user's language, with the limit named and a way forward.

test("registering with an address already in use says so and offers to sign in or reset the password", async ({
  page,
}) => {
  await page.goto("/register");
  await page.getByLabel("Nom complet").fill("Camille Doublon");
  await page.getByLabel("Adresse e-mail").fill("etudiant1@demo.stagiaire.app");
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Un compte existe déjà avec cette adresse e-mail" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link", { name: "Se connecter" })).toHaveAttribute("href", "/sign-in");
  await expect(alert.getByRole("link", { name: "Mot de passe oublié ?" })).toHaveAttribute("href", "/forgot-password");
});

test("a CV over 5 MB is refused before it is sent, with the limit named", async ({ page }) => {
  await signIn(page, "etudiant2@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/student/profile");
  await page
    .getByRole("region", { name: "CV", exact: true })
    .locator('input[type="file"]')
    .setInputFiles({ name: "cv-lourd.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024) });
  await expect(
    page.getByRole("alert").filter({ hasText: "Le fichier est trop volumineux : 5 Mo maximum." }),
  ).toBeVisible();
});

test("a long text field shows how many characters are left", async ({ page }) => {
  await signIn(page, "etudiant3@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/student/profile");
  const headline = page.getByLabel("Titre du profil");
  await headline.fill("Développeuse web en alternance");
  await expect(page.getByText("30 / 140")).toBeVisible();
});
