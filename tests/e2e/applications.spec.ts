import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers";

// Camille Roux (etudiant7) has no application in the demo data; this offer of Numeria has two positions.
const STUDENT = "etudiant7@demo.stagiaire.app";
const STUDENT_NAME = "Camille Roux";
const OFFER = "Backend Engineering Intern (Java / Spring)";

test("a student applies, the enterprise is e-mailed, shortlists, publishes a slot the student books, accepts, and the student is told", async ({
  page,
}) => {
  test.setTimeout(150_000);
  // The student finds the offer and applies; the draft saves itself while she writes.
  await signIn(page, STUDENT, DEMO_PASSWORD);
  await page.goto(`/offers?q=${encodeURIComponent("Backend Engineering Intern")}`);
  const result = page.getByRole("article").filter({ hasText: OFFER }).first();
  await result.getByRole("link", { name: "Postuler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Postuler : ${OFFER}` })).toBeVisible();
  await expect(page.getByText("Sans CV")).toBeVisible();
  await page
    .getByLabel("Lettre de motivation")
    .fill("Bonjour,\n\nJ'aimerais découvrir le développement d'API en Java au sein de votre équipe.\n\nCamille Roux");
  await expect(page.getByRole("status").filter({ hasText: /Brouillon enregistré à/ })).toBeVisible();
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page.getByText("Votre candidature est envoyée.")).toBeVisible();
  await expect(page.getByRole("article").getByText("Envoyée", { exact: true })).toBeVisible();
  const applicationUrl = new URL(page.url()).pathname;

  // The offer's application address receives the student's name and a link, never the CV.
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const mail = page
      .getByTestId("captured-email")
      .filter({ hasText: "stages@numeria.demo.stagiaire.app" })
      .filter({ hasText: `Nouvelle candidature de ${STUDENT_NAME} : ${OFFER}` });
    await expect(mail.first()).toBeVisible({ timeout: 1000 });
    await expect(mail.first()).toContainText("/enterprise/applications/");
  }).toPass({ timeout: 30_000 });
  await page.goto("/dashboard");
  await signOut(page);

  // The enterprise shortlists, then accepts, from the applicants' table.
  await signIn(page, "rh@numeria.demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/enterprise/offers");
  await page
    .getByTestId("enterprise-offer")
    .filter({ hasText: OFFER })
    .getByRole("link", { name: /Candidatures \(\d+\)/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidatures" })).toBeVisible();
  const row = page.getByTestId("applicant-row").filter({ hasText: STUDENT_NAME });
  await expect(row.getByText("Envoyée")).toBeVisible();
  await row.getByRole("button", { name: `Actions pour ${STUDENT_NAME}` }).click();
  await page.getByRole("menuitem", { name: "Présélectionner" }).click();
  await expect(page.getByText(`Candidature de ${STUDENT_NAME} : Présélectionnée.`)).toBeVisible();
  await expect(row.getByText("Présélectionnée", { exact: true })).toBeVisible();

  // On the applicant's page, the enterprise publishes an interview slot five days ahead.
  await row.getByRole("link", { name: STUDENT_NAME }).click();
  await expect(page.getByRole("heading", { level: 1, name: STUDENT_NAME })).toBeVisible();
  const applicantUrl = new URL(page.url()).pathname;
  const day = new Date(Date.now() + 5 * 24 * 3_600_000);
  const local = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}T14:00`;
  const slotForm = page.getByRole("form", { name: "Ajouter un créneau" });
  await slotForm.getByLabel("Début (votre heure locale)").fill(local);
  await slotForm.getByLabel("Lieu").fill("Numeria, salle Confluence");
  await slotForm.getByRole("button", { name: "Publier le créneau" }).click();
  await expect(page.getByText("Créneau publié.")).toBeVisible();
  await expect(page.getByText("Aucun entretien réservé pour cette candidature.")).toBeVisible();
  await signOut(page);

  // The student books it from her application.
  await signIn(page, STUDENT, DEMO_PASSWORD);
  await page.goto(applicationUrl);
  const openSlots = page.getByRole("list", { name: "Créneaux ouverts" });
  await openSlots
    .getByRole("listitem")
    .filter({ hasText: "Numeria, salle Confluence" })
    .getByRole("button", { name: "Réserver" })
    .click();
  await expect(page.getByText("Entretien réservé.")).toBeVisible();
  await expect(page.getByText(/Votre entretien : /)).toBeVisible();
  await signOut(page);

  // The enterprise sees the booking on the applicant's page, and accepts.
  await signIn(page, "rh@numeria.demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto(applicantUrl);
  const interview = page.getByRole("region", { name: "Entretien", exact: true });
  await expect(interview.getByText("Réservé", { exact: true })).toBeVisible();
  await expect(interview.getByRole("button", { name: "Annuler l’entretien" })).toBeVisible();
  await page.getByRole("button", { name: "Accepter", exact: true }).click();
  await expect(page.getByText(`Candidature de ${STUDENT_NAME} : Acceptée.`)).toBeVisible();
  await signOut(page);

  // The student sees the decision in her notifications and on her application.
  await signIn(page, STUDENT, DEMO_PASSWORD);
  await expect(async () => {
    await page.goto("/notifications");
    await expect(page.getByTestId("notification").filter({ hasText: "Vous êtes accepté·e !" })).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId("notification").filter({ hasText: "Vous êtes accepté·e !" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${applicationUrl}$`));
  await expect(page.getByRole("article").getByText("Acceptée", { exact: true })).toBeVisible();
  await expect(page.getByText("Félicitations, vous êtes accepté·e !")).toBeVisible();
});
