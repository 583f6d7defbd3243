import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, followEmailLink, signIn, signOut, uniqueEmail } from "./helpers";

test("a university admin invites a supervisor, who joins from the e-mail and signs in", async ({ page }) => {
  const email = uniqueEmail("encadrante");
  await signIn(page, "universite@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Équipe" }).click();
  await page.getByLabel("Nom complet").fill("Nadia Benali");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Envoyer l'invitation", exact: true }).click();
  await expect(page.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();
  await signOut(page);

  await followEmailLink(page, email, /vous invite à suivre les stages de ses étudiants/);
  await page.getByLabel("Nom complet").fill("Nadia Benali");
  await page.getByLabel("Mot de passe").fill("Encadrer-2027");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText(`Votre compte est prêt. Connectez-vous avec ${email}.`)).toBeVisible();

  await signIn(page, email, "Encadrer-2027");
  await expect(page.getByTestId("dashboard-role")).toContainText("Enseignant·e référent·e");
  expect((await page.goto("/university/staff"))?.status()).toBe(403);
});

test("the language switch to English is remembered", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Trouver un stage");
  await page.getByRole("button", { name: "Langue" }).click();
  await page.getByRole("menuitem", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Find an internship");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Find an internship");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("each demo role lands on its own dashboard", async ({ page }) => {
  const accounts = [
    ["admin@demo.stagiaire.app", "Administration de la plateforme"],
    ["rh@numeria.demo.stagiaire.app", "Entreprise"],
    ["etudiant1@demo.stagiaire.app", "Étudiant·e"],
  ] as const;
  for (const [email, role] of accounts) {
    await signIn(page, email, DEMO_PASSWORD);
    await expect(page.getByTestId("dashboard-role")).toContainText(role);
    await signOut(page);
  }
});
