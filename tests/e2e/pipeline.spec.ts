import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The demo enterprise's pipeline (prisma/seed-applications.ts, seed-screening.ts): on the full-stack
// offer, Yanis Haddad is under review, Léa Martin shortlisted and Manon Leroy at the interview
// stage, and a colleague (Julien Moreau) has scored Léa and Manon. Chloé Petit's is the only
// application to the Frontend offer. Only Yanis, Chloé and Manon's scorecards are changed here.
const ENTERPRISE = "rh@numeria.demo.stagiaire.app";
const FULL_STACK = "Stage développeur·se full-stack TypeScript";
const FRONTEND = "Frontend Developer Intern (React)";

async function openApplicants(page: Page, offer: string) {
  await page.goto("/enterprise/offers");
  await page
    .getByTestId("enterprise-offer")
    .filter({ hasText: offer })
    .getByRole("link", { name: /Candidatures \(\d+\)/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidatures" })).toBeVisible();
}

const column = (page: Page, status: string) => page.getByTestId(`pipeline-column-${status}`);
const card = (page: Page, name: string) => page.getByTestId("pipeline-card").filter({ hasText: name });

test("the enterprise moves applicants by keyboard on the board and in bulk from the table, and the moves hold", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ENTERPRISE, DEMO_PASSWORD);
  await openApplicants(page, FULL_STACK);
  await page.getByRole("link", { name: "Tableau de suivi" }).click();
  await expect(column(page, "UNDER_REVIEW").getByTestId("pipeline-card")).toContainText("Yanis Haddad");
  const live = page.getByTestId("pipeline-live");

  // A move the workflow forbids is announced and refused: the interview stage never goes back.
  await card(page, "Manon Leroy").focus();
  await page.keyboard.press("Space");
  await expect(live).toContainText("Manon Leroy saisie");
  await page.keyboard.press("ArrowLeft");
  await expect(live).toHaveText("Au-dessus de « Présélectionnée » : Manon Leroy ne peut pas y aller.");
  await page.keyboard.press("Space");
  await expect(live).toContainText("Manon Leroy : Une candidature au stade de l'entretien ne peut pas");
  await expect(column(page, "INTERVIEW").getByTestId("pipeline-card")).toContainText("Manon Leroy");

  // Space picks Yanis up, the right arrow goes one column on, Space drops him there.
  await card(page, "Yanis Haddad").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText("Au-dessus de « Présélectionnée ».");
  await page.keyboard.press("Space");
  await expect(live).toHaveText("Candidature de Yanis Haddad : Présélectionnée.");
  await page.reload();
  await expect(
    column(page, "SHORTLISTED").getByTestId("pipeline-card").filter({ hasText: "Yanis Haddad" }),
  ).toBeVisible();
  await expect(column(page, "INTERVIEW").getByTestId("pipeline-card")).toContainText("Manon Leroy");

  // In the table: Yanis and Manon to the interview stage; Manon is there already, and the report says so.
  await page.getByRole("link", { name: "Liste" }).click();
  await page.getByRole("checkbox", { name: "Sélectionner Yanis Haddad" }).check();
  await page.getByRole("checkbox", { name: "Sélectionner Manon Leroy" }).check();
  await expect(page.getByText("2 candidatures sélectionnées")).toBeVisible();
  await page.getByRole("button", { name: "Déplacer la sélection vers…" }).click();
  await page.getByRole("menuitem", { name: "Entretien" }).click();
  await expect(page.getByText(/1 candidature déplacée\. Non déplacées : Manon Leroy \(/)).toBeVisible();
  await page.reload();
  const yanis = page.getByTestId("applicant-row").filter({ hasText: "Yanis Haddad" });
  await expect(yanis.getByText("Entretien", { exact: true })).toBeVisible();

  // Declining in bulk with a template: each student gets it filled in with their name.
  await openApplicants(page, FRONTEND);
  await page.getByRole("checkbox", { name: "Sélectionner Chloé Petit" }).check();
  await page.getByRole("button", { name: "Refuser la sélection…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Partir d'un modèle" }).click();
  await page.getByRole("option", { name: "Après entretien" }).click();
  await expect(dialog.getByTestId("bulk-template-preview")).toContainText(`Bonjour Chloé Petit,`);
  await expect(dialog.getByTestId("bulk-template-preview")).toContainText(`« ${FRONTEND} »`);
  await dialog.getByRole("button", { name: "Refuser", exact: true }).click();
  await expect(page.getByText("1 candidature déplacée.")).toBeVisible();
  await page.reload();
  await expect(
    page.getByTestId("applicant-row").filter({ hasText: "Chloé Petit" }).getByText("Refusée", { exact: true }),
  ).toBeVisible();
});

test("the scorecard average appears in the applicants table once the recruiter has sent their own", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, ENTERPRISE, DEMO_PASSWORD);
  await openApplicants(page, FULL_STACK);
  const manon = page.getByTestId("applicant-row").filter({ hasText: "Manon Leroy" });
  // The colleague's scorecard exists, but its score stays hidden until this recruiter sends theirs.
  const average = manon.getByTestId("scorecard-average");
  await expect(average).toContainText("—");
  await expect(average).toContainText("1 grille masquée");

  await manon.getByRole("link", { name: "Manon Leroy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Manon Leroy" })).toBeVisible();
  const form = page.getByRole("form", { name: "Ma grille" });
  for (const criterion of ["Compétences techniques", "Motivation", "Communication", "Adéquation avec l'équipe"]) {
    await form
      .getByRole("group", { name: `${criterion} : note de 1 (faible) à 4 (excellent)` })
      .getByRole("radio", { name: "4" })
      .check();
  }
  await form.getByRole("combobox", { name: "Recommandation globale" }).click();
  await page.getByRole("option", { name: "Oui, sans hésiter" }).click();
  await form.getByRole("button", { name: "Envoyer ma grille" }).click();
  await expect(page.getByText("Grille enregistrée.")).toBeVisible();
  // Julien Moreau's 3, 4, 4, 3 (3.5) and these 4s: 3.75 overall, and his scorecard now readable.
  await expect(page.getByText("Global : 3,75 / 4")).toBeVisible();
  await expect(page.getByText("Très à l'aise à l'oral")).toBeVisible();

  await page.getByRole("link", { name: "Toutes les candidatures à cette offre" }).click();
  await expect(average).toContainText("3,75 / 4");
  await expect(average).toContainText("2 grilles");
  await page.getByRole("link", { name: "Tableau de suivi" }).click();
  await expect(card(page, "Manon Leroy")).toContainText("Évaluation 3,8 / 4");
});
