import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, uniqueEmail } from "./helpers";

test("a university admin sets up a department and its program, then invites a supervisor who stays pending", async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const department = `Chimie ${suffix}`;
  const program = `Master Chimie verte ${suffix}`;
  await signIn(page, "universite@demo.stagiaire.app", DEMO_PASSWORD);

  await page.getByRole("link", { name: "Départements et formations" }).click();
  await page.getByLabel("Nom du département").fill(department);
  await page.getByRole("button", { name: "Ajouter le département" }).click();
  await expect(page.getByText(`Département « ${department} » ajouté.`)).toBeVisible();
  const section = page.getByRole("region", { name: department });
  await expect(section.getByText("Aucune formation dans ce département pour l'instant.")).toBeVisible();

  await page.getByLabel("Nom de la formation").fill(program);
  await page.getByRole("combobox", { name: "Département" }).click();
  await page.getByRole("option", { name: department }).click();
  await page.getByRole("combobox", { name: "Niveau" }).click();
  await page.getByRole("option", { name: "Master" }).click();
  await page.getByLabel("Durée (années)").fill("2");
  await page.getByRole("button", { name: "Ajouter la formation" }).click();
  await expect(page.getByText(`Formation « ${program} » ajoutée.`)).toBeVisible();
  await expect(section.getByRole("row", { name: new RegExp(program) })).toContainText("2 ans");

  // A department that still has a program is not removed, and the page says why.
  await section.getByRole("button", { name: `Supprimer le département ${department}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Supprimer" }).click();
  await expect(section.getByText(/Ce département ne peut pas être supprimé : il a encore 1 formation/)).toBeVisible();

  await section.getByRole("button", { name: `Renommer le département ${department}` }).click();
  await section.getByLabel("Nom du département").fill(`${department} et matériaux`);
  await section.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { name: `${department} et matériaux` })).toBeVisible();

  const email = uniqueEmail("referente");
  await page.getByRole("link", { name: "Équipe" }).click();
  await page.getByLabel("Nom complet").fill("Irène Joliot");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("combobox", { name: "Département" }).click();
  await page.getByRole("option", { name: `${department} et matériaux` }).click();
  await page.getByRole("button", { name: "Envoyer l'invitation", exact: true }).click();
  await expect(page.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();
  const pending = page.getByRole("region", { name: "Invitations en attente" }).getByRole("listitem").filter({
    hasText: email,
  });
  await expect(pending).toContainText("Irène Joliot");
  await expect(pending).toContainText(`${department} et matériaux`);
  await expect(pending).toContainText("Expire le");

  await pending.getByRole("button", { name: `Renvoyer l'invitation à ${email}` }).click();
  await expect(pending.getByText(`Nouvelle invitation envoyée à ${email}`)).toBeVisible();

  await pending.getByRole("button", { name: `Retirer l'invitation de ${email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Retirer l'invitation" }).click();
  await expect(page.getByRole("region", { name: "Invitations en attente" }).getByText(email)).toHaveCount(0);
});
