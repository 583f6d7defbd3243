import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers";

test("the student writes a logbook week and the supervisor comments on it; missing weeks show to both", async ({
  page,
}) => {
  await signIn(page, "etudiant1@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Stages" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Stages" })).toBeVisible();
  await page.getByRole("link", { name: /Léa Martin · Numeria/ }).click();
  await expect(page.getByText("Semaines sans entrée")).toBeVisible();
  await expect(page.getByText("1 semaine écoulée n'a pas d'entrée :")).toBeVisible();

  const summary = `Intégration de l'API des demandes ${Date.now()}`;
  await page.getByLabel("Ce que j'ai fait").fill(summary);
  await page.getByLabel("Ce que j'ai appris").fill("Les transactions Prisma.");
  await page.getByLabel("Heures travaillées").fill("30");
  await page.getByRole("button", { name: "Enregistrer la semaine" }).click();
  await expect(page.getByText("Semaine enregistrée.")).toBeVisible();
  // The entry as listed (the form may still hold the text while it resets).
  await expect(page.getByRole("paragraph").filter({ hasText: summary })).toBeVisible();
  await signOut(page);

  await signIn(page, "encadrant@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Stages" }).first().click();
  // Needing attention first: the intern with an open issue and a missing week.
  const first = page.getByRole("listitem").filter({ hasText: "Léa Martin" }).first();
  await expect(first).toContainText("1 signalement ouvert");
  await first.getByRole("link").click();
  await expect(page.getByText("Semaines sans entrée")).toBeVisible();
  const week = page.getByRole("article").filter({ hasText: summary });
  await week.getByLabel("Votre commentaire sur cette semaine").fill("Bien, pensez aux tests de charge.");
  await week.getByRole("button", { name: "Commenter" }).click();
  await expect(week.getByText("Commentaire ajouté.")).toBeVisible();
  await expect(week.getByText("Bien, pensez aux tests de charge.")).toBeVisible();
});
