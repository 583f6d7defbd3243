import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, followEmailLink, signIn, signOut } from "./helpers";

// Théo Garcia's internship ends this week (prisma/seed-internships.ts): its final report is validated
// and the supervisor's evaluation sent; only the tutor's final evaluation is missing.
const STUDENT = "etudiant8@demo.stagiaire.app";
const SUPERVISOR = "encadrant@demo.stagiaire.app";
const TUTOR = "rh@numeria.demo.stagiaire.app";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function openInternship(page: Page, email: string) {
  await signIn(page, email, DEMO_PASSWORD);
  await page.getByRole("link", { name: "Stages" }).first().click();
  // The internship's own link, not the "evaluations to fill" card's (also a list item naming Théo).
  await page
    .locator('a[href^="/internships/"]:not([href*="/evaluations"])', { hasText: "Théo Garcia" })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Théo Garcia chez Numeria" })).toBeVisible();
}

test("the student attaches a file to a formatted week; the tutor evaluates from the e-mailed link; the supervisor completes the internship and the student sees it completed", async ({
  page,
}) => {
  // Four sign-ins and three roles' pages.
  test.setTimeout(180_000);
  // The student: the last week shows as formatted, and a PDF goes with it.
  await openInternship(page, STUDENT);
  const week = page.getByRole("article").filter({ hasText: "Dernière semaine" });
  await expect(week.locator("strong", { hasText: "passation" })).toBeVisible();
  await expect(week.getByRole("listitem").filter({ hasText: "documentation du module d'export" })).toBeVisible();
  const link = week.getByRole("link", { name: "guide d'accessibilité" });
  await expect(link).toHaveAttribute("href", "https://www.w3.org/WAI/");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await week.getByLabel("Joindre des fichiers").setInputFiles({
    name: "passation.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await week.getByRole("button", { name: "Envoyer les fichiers" }).click();
  await expect(week.getByText("Fichier joint.")).toBeVisible();
  await expect(week.getByRole("link", { name: /^Télécharger passation\.pdf/ })).toBeVisible();
  await signOut(page);

  // The supervisor reads the file and e-mails the tutor the link to the final evaluation.
  await openInternship(page, SUPERVISOR);
  await expect(
    page
      .getByRole("article")
      .filter({ hasText: "Dernière semaine" })
      .getByRole("link", { name: /passation\.pdf/ }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Ouvrir les évaluations" }).click();
  const tutorFinal = page.getByRole("region", { name: "Évaluation finale du tuteur" });
  await tutorFinal.getByRole("button", { name: "Envoyer le lien au tuteur par e-mail" }).click();
  await expect(tutorFinal.getByText("Un lien à usage unique a été envoyé au tuteur.")).toBeVisible();
  await signOut(page);

  // The tutor, without signing in, from the e-mail.
  await followEmailLink(page, TUTOR, /Évaluation finale du tuteur : Théo Garcia chez Numeria/);
  await expect(page.getByText("Évaluation finale du tuteur — Théo Garcia chez Numeria")).toBeVisible();
  for (const criterion of [
    "Adaptation à l’entreprise",
    "Ponctualité et assiduité",
    "Communication",
    "Autonomie",
    "Initiative",
    "Rigueur",
    "Objectifs atteints",
  ])
    await page
      .getByRole("radiogroup", { name: new RegExp(`^${criterion}`) })
      .getByRole("radio", { name: "4" })
      .check();
  await page
    .getByRole("radiogroup", { name: /^Niveau global du stagiaire/ })
    .getByRole("radio", { name: "Conforme aux attentes" })
    .check();
  await page
    .getByRole("radiogroup", { name: /^Accueilleriez-vous à nouveau/ })
    .getByRole("radio", { name: "Oui" })
    .check();
  await page.getByLabel("Points forts").fill("Rigoureux et autonome.");
  await page.getByRole("button", { name: "Envoyer l’évaluation" }).click();
  await expect(page.getByText("L’évaluation a été envoyée. Merci.")).toBeVisible();

  // The supervisor completes the internship.
  await openInternship(page, SUPERVISOR);
  await page.getByRole("button", { name: "Clôturer le stage" }).click();
  await expect(page.getByText("Stage clôturé.")).toBeVisible();
  await expect(page.getByText(/^Terminé le /)).toBeVisible();
  await signOut(page);

  // The student sees it completed: no more writing, the file still there.
  await openInternship(page, STUDENT);
  await expect(page.getByText(/^Terminé le /)).toBeVisible();
  await expect(page.getByText("Terminé", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer la semaine" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Envoyer les fichiers" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Télécharger passation\.pdf/ })).toBeVisible();
});
