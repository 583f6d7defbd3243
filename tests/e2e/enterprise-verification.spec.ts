import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut, uniqueEmail } from "./helpers";

// The smallest valid PDF header is enough for the content sniffing that guards uploads.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test("a new enterprise asks for verification, a system admin verifies it, and it can then publish", async ({
  page,
}) => {
  const email = uniqueEmail("kyc");
  const company = `Atelier Lumen ${Date.now()}`;
  await page.goto("/register?role=ENTERPRISE");
  await page.getByLabel("Nom de l'entreprise").fill(company);
  await page.getByLabel("Nom complet").fill("Hélène Garnier");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("Lumen-2027-ok");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/dashboard/);

  await page.getByRole("link", { name: "Mon entreprise" }).click();
  await page.getByLabel("Numéro d'immatriculation (SIREN, RCS, TVA…)").fill("RCS Lyon 912 345 678");
  await page.getByLabel("Justificatifs").setInputFiles({ name: "kbis.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Envoyer la demande de vérification" }).click();
  await expect(page.getByText(/Demande envoyée le/)).toBeVisible();
  await signOut(page);

  await signIn(page, "admin@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Vérifications" }).click();
  const request = page.getByRole("region", { name: company });
  await expect(request.getByText("RCS Lyon 912 345 678")).toBeVisible();
  await expect(request.getByRole("link", { name: /kbis\.pdf/ })).toBeVisible();
  await request.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.getByText(`${company} est maintenant vérifiée.`)).toBeVisible();
  await signOut(page);

  await signIn(page, email, "Lumen-2027-ok");
  await page.getByRole("link", { name: "Mon entreprise" }).click();
  await expect(page.getByTestId("verification-status")).toContainText(/vérifiée/i);
});
