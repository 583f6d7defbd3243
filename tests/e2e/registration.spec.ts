import { expect, test } from "@playwright/test";
import { followEmailLink, signIn, signOut, uniqueEmail } from "./helpers";

const PASSWORD = "Stage-2027-ok";

test("a student registers, confirms the e-mail from the captured message and sees the student dashboard", async ({
  page,
}) => {
  const email = uniqueEmail("etudiante");
  await page.goto("/");
  await page.getByRole("link", { name: "Créer mon compte étudiant" }).click();
  await page.getByLabel("Nom complet").fill("Camille Durand");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();

  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { name: "Bienvenue, Camille Durand" })).toBeVisible();
  await expect(page.getByTestId("dashboard-role")).toContainText("Étudiant·e");
  await expect(page.getByText(/Confirmez votre adresse e-mail pour postuler/)).toBeVisible();

  await followEmailLink(page, email, /Confirmez votre adresse e-mail/);
  await expect(page).toHaveURL(/\/verify-email\?token=/);
  await page.getByRole("button", { name: "Confirmez votre adresse e-mail" }).click();
  await expect(page.getByText("Votre adresse e-mail est confirmée.")).toBeVisible();
  await page.getByRole("link", { name: "Continuer" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByText(/Confirmez votre adresse e-mail pour postuler/)).toHaveCount(0);

  for (const path of ["/admin/users", "/enterprise", "/university/staff"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Cette page n'est pas pour votre compte" })).toBeVisible();
  }
});

test("an enterprise registers with its company, confirms, signs in again and sees its own space", async ({ page }) => {
  const email = uniqueEmail("rh");
  await page.goto("/register?role=ENTERPRISE");
  await page.getByLabel("Nom de l'entreprise").fill("Ateliers Lumière");
  await page.getByLabel("Nom complet").fill("Inès Morel");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByTestId("dashboard-role")).toContainText("Entreprise");
  await expect(page.getByTestId("dashboard-role")).toContainText("non vérifiée");

  await followEmailLink(page, email, /Confirmez votre adresse e-mail/);
  await page.getByRole("button", { name: "Confirmez votre adresse e-mail" }).click();
  await expect(page.getByText("Votre adresse e-mail est confirmée.")).toBeVisible();

  await page.goto("/dashboard");
  await signOut(page);
  await signIn(page, email, PASSWORD);
  await page.getByRole("link", { name: "Mon entreprise" }).click();
  await expect(page.getByRole("heading", { name: "Ateliers Lumière" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  const refused = await page.goto("/admin/users");
  expect(refused?.status()).toBe(403);
});

test("a wrong password is refused with a clear message, and validation explains each field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill("personne@example.test");
  await page.getByLabel("Mot de passe").fill("Pas-le-bon-1");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("E-mail ou mot de passe incorrect.")).toBeVisible();

  await page.goto("/register");
  await page.getByLabel("Adresse e-mail").fill("pas-un-email");
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide.")).toBeVisible();
  await expect(page.getByText("Utilisez au moins 10 caractères.")).toBeVisible();
  await expect(page).toHaveURL(/\/register/);
});
