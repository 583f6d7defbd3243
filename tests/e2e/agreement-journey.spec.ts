import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut, uniqueEmail } from "./helpers";

// From the second demo student's accepted application (prisma/seed.ts keeps it without an
// agreement) to an internship under way: drafted and filled in by the student (starting today,
// with a tutor from outside), signed in turn by the student, the enterprise, the outside tutor by
// the e-mailed code, the academic supervisor and the university, which validates.

const STUDENT = "etudiant2@demo.stagiaire.app";
const ENTERPRISE = "rh@numeria.demo.stagiaire.app";
const SUPERVISOR = "encadrant@demo.stagiaire.app";
const UNIVERSITY = "universite@demo.stagiaire.app";

async function signAtTurn(page: Page, name: string) {
  await page.getByLabel("Tapez vos nom et prénom").fill(name);
  await page.getByLabel("J'ai lu cette convention et je la signe électroniquement.").check();
  const password = page.getByLabel("Votre mot de passe");
  if (await password.count()) await password.fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Signer", exact: true }).click();
  await expect(page.getByText("Signée.")).toBeVisible();
}

test("an agreement goes through every party, one by e-mailed code, and the internship starts", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const tutorEmail = uniqueEmail("tuteur-externe");
  const today = new Date().toISOString().slice(0, 10);

  // The student drafts the agreement from the accepted application and fills it in.
  await signIn(page, STUDENT, DEMO_PASSWORD);
  await page.goto("/student/applications");
  await page
    .getByRole("link", { name: /Stage data analyst/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Rédiger la convention de stage" }).click();
  await expect(page).toHaveURL(/\/agreements\/[\w-]+$/);
  const agreementId = page.url().split("/").pop()!;
  await page.getByLabel("Date de début").fill(today);
  await page.getByLabel("Gratification mensuelle (€)").fill("1000");
  await page.getByLabel("Nom du tuteur ou de la tutrice").fill("Tom Dehors");
  await page.getByLabel("E-mail du tuteur ou de la tutrice").fill(tutorEmail);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText(tutorEmail).first()).toBeVisible();
  await page.getByRole("button", { name: "Envoyer en signature" }).click();
  await expect(page.getByText("En signature").first()).toBeVisible();

  // The PDF the parties sign: the one each signature records the hash of.
  const pdfLink = page.getByRole("link", { name: "Lire la convention (PDF)" });
  await expect(pdfLink).toHaveAttribute("href", `/api/v1/agreements/${agreementId}/pdf`);
  const pdf = await page.request.get(`/api/v1/agreements/${agreementId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await signAtTurn(page, "Étudiant Deux");
  await signOut(page);

  // Someone outside reads nothing.
  expect((await request.get(`/api/v1/agreements/${agreementId}/pdf`)).status()).toBe(401);

  // The enterprise's signatory.
  await signIn(page, ENTERPRISE, DEMO_PASSWORD);
  await page.goto(`/agreements/${agreementId}`);
  await signAtTurn(page, "Claire Dubois");
  await signOut(page);

  // The tutor from outside: the link of the captured e-mail, no account, the PDF readable by its code.
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByTestId("captured-email").filter({ hasText: tutorEmail }).first()).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  const mail = page.getByTestId("captured-email").filter({ hasText: tutorEmail }).first();
  const href = await mail
    .getByRole("link", { name: /\/sign\// })
    .first()
    .getAttribute("href");
  await page.goto(href!);
  const outsidePdf = page.getByRole("link", { name: "Lire la convention (PDF)" });
  const outsideHref = await outsidePdf.getAttribute("href");
  expect(outsideHref).toContain(`/api/v1/agreements/${agreementId}/pdf?code=`);
  expect((await request.get(outsideHref!)).status()).toBe(200);
  await signAtTurn(page, "Tom Dehors");

  // The academic supervisor, then the university, which validates.
  await signIn(page, SUPERVISOR, DEMO_PASSWORD);
  await page.goto(`/agreements/${agreementId}`);
  await signAtTurn(page, "Encadrant Demo");
  await signOut(page);
  await signIn(page, UNIVERSITY, DEMO_PASSWORD);
  await page.goto(`/agreements/${agreementId}`);
  await signAtTurn(page, "Université Demo");
  await expect(page.getByText("Validée").first()).toBeVisible();
  await signOut(page);

  // The student sees the internship under way (it starts today).
  await signIn(page, STUDENT, DEMO_PASSWORD);
  await page.goto("/internships");
  await expect(page.getByText("En cours").first()).toBeVisible();
  await expect(page.getByText(/Stage data analyst/).first()).toBeVisible();
});
