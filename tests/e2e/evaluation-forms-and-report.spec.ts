import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test("the university admin edits an evaluation form with the keyboard and saves it as a new version", async ({
  page,
}) => {
  await signIn(page, "universite@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Grilles d’évaluation" }).click();
  const card = page.getByRole("listitem").filter({ hasText: "Évaluation de l’entreprise d’accueil par l’étudiant" });
  await expect(card.getByText("Par défaut de la plateforme")).toBeVisible();
  await card.getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Évaluation de l’entreprise d’accueil par l’étudiant",
  );
  await expect(page.getByLabel("Question (français)").first()).toHaveValue("Accueil et intégration");

  // Reorder with the keyboard: the focus stays on the button that moved the question.
  await page.getByRole("button", { name: "Descendre la question 1" }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Descendre la question 2" }).first()).toBeFocused();
  await expect(page.getByLabel("Question (français)").nth(1)).toHaveValue("Accueil et intégration");

  // A new question: its French label gets the focus; saving it empty is refused on that field.
  const section = page.getByRole("region", { name: /Section 1/ });
  await section.getByRole("button", { name: "Ajouter une question" }).press("Enter");
  const labelFr = section.getByLabel("Question (français)").last();
  await expect(labelFr).toBeFocused();
  await page.getByRole("button", { name: "Enregistrer une nouvelle version" }).click();
  await expect(labelFr).toBeFocused();
  await expect(section.getByText("Ce champ est obligatoire.").first()).toBeVisible();

  await page.keyboard.type("Le matériel fourni était suffisant");
  await section.getByLabel("Question (anglais)").last().fill("The equipment provided was sufficient");
  const question = section.getByRole("region", { name: "Question 5" });
  await question.getByRole("combobox", { name: /^Type/ }).press("Enter");
  await page.getByRole("option", { name: "Oui / non" }).press("Enter");
  await question.getByLabel("Réponse obligatoire").uncheck();
  await page.getByRole("button", { name: "Enregistrer une nouvelle version" }).click();
  await expect(page.getByText("Le formulaire a été enregistré dans une nouvelle version.")).toBeVisible();
  await expect(page.getByText(/^Version \d+ en usage\.$/)).toBeVisible();

  await page.getByRole("link", { name: "Tous les formulaires" }).click();
  await expect(card.getByText(/^Version \d+$/)).toBeVisible();
  await expect(card.getByText("2 sections, 6 questions")).toBeVisible();
});

test("the student uploads the final report and the supervisor rejects it with a reason the student reads", async ({
  page,
}) => {
  await signIn(page, "etudiant1@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Stages" }).first().click();
  await page.getByRole("link", { name: /Léa Martin · Numeria/ }).click();
  const report = page.getByRole("region", { name: "Rapport de stage" });
  await expect(page.getByRole("link", { name: "Ouvrir les évaluations" })).toBeVisible();
  await report.getByLabel(/Rapport \(PDF, 20 Mo maximum\)/).setInputFiles({
    name: "rapport-final.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await report.getByRole("button", { name: /Déposer/ }).click();
  await expect(report.getByText("Le rapport a été déposé : votre enseignant référent va l’examiner.")).toBeVisible();
  await expect(report.getByText("En attente de l’examen de l’enseignant référent")).toBeVisible();
  await signOut(page);

  await signIn(page, "encadrant@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Stages" }).first().click();
  await page.getByRole("listitem").filter({ hasText: "Léa Martin" }).first().getByRole("link").click();
  await expect(report.getByRole("link", { name: "Télécharger le rapport rapport-final.pdf" })).toBeVisible();
  await report.getByRole("button", { name: "Refuser" }).click();
  await expect(report.getByText("Dites pourquoi le rapport est refusé : l’étudiant le lira.")).toBeVisible();
  await report.getByLabel(/Motif du refus/).fill("Il manque la bibliographie.");
  await report.getByRole("button", { name: "Refuser" }).click();
  await expect(report.getByText("Le rapport a été refusé : l’étudiant en connaît le motif.")).toBeVisible();
  await expect(report.getByText("Refusé", { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, "etudiant1@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Stages" }).first().click();
  await page.getByRole("link", { name: /Léa Martin · Numeria/ }).click();
  await expect(report.getByText("Motif : Il manque la bibliographie.")).toBeVisible();
  await expect(report.getByRole("button", { name: "Déposer une nouvelle version (PDF)" })).toBeVisible();
});
