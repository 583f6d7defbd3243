import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("the student of a completed internship downloads the certificate; the verification page, signed out, confirms it and refuses a tampered file", async ({
  page,
  browser,
}) => {
  // Chloé Petit's internship was completed last year: the seed issued its certificate.
  await signIn(page, "etudiant3@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Stages" }).first().click();
  await page.getByRole("link", { name: /Chloé Petit · Numeria/ }).click();
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Attestations et certificats" }) });
  await expect(section.getByText(/Certificat C-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}, délivré le/)).toBeVisible();
  await expect(section.getByText("Valide", { exact: true })).toBeVisible();
  const serial = (await section.getByText(/Certificat C-/).textContent())!.match(/C-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];

  const [pdfDownload] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: "PDF" }).click(),
  ]);
  const pdf = await readFile((await pdfDownload.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: "Justificatif (JSON)" }).click(),
  ]);
  const credential = JSON.parse(await readFile((await jsonDownload.path())!, "utf8"));
  expect(credential.type).toContain("OpenBadgeCredential");
  expect(credential.credentialSubject.achievement.achievementType).toBe("Fieldwork");

  // Anyone, signed out, with the QR code's address.
  const visitor = await browser.newPage({ locale: "fr-FR" });
  await visitor.goto(`/verify/${serial}`);
  await expect(visitor.getByRole("heading", { level: 1, name: "Vérifier un certificat" })).toBeVisible();
  await expect(visitor.getByText(/^Valide : ce document \(certificat\) a été délivré par/)).toBeVisible();
  await expect(visitor.getByText("Chloé Petit")).toBeVisible();
  // The visitor's own browser checks the proof (offline, bundled contexts and key) and reads the status list online.
  const checks = visitor.getByTestId("browser-verification");
  await expect(checks.getByText(/^Signature authentique : vérifiée dans votre navigateur, sans réseau/)).toBeVisible();
  await expect(checks.getByText(/^Non révoqué : vérifié en ligne le/)).toBeVisible();

  const fileInput = visitor.getByLabel("PDF ou fichier de justificatif");
  await fileInput.setInputFiles({ name: `${serial}.pdf`, mimeType: "application/pdf", buffer: pdf });
  await visitor.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(visitor.getByText("Ce fichier correspond à l'original signé : valide.")).toBeVisible();

  const tampered = structuredClone(credential);
  tampered.credentialSubject.achievement.description += " Avec les félicitations du jury.";
  await fileInput.setInputFiles({
    name: "credential.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(tampered)),
  });
  await visitor.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(visitor.getByText("Ce fichier ne correspond pas à l'original signé.")).toBeVisible();

  // Offline, the page kept by the service worker still checks the signature, and says revocation was not checked.
  await visitor.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => visitor.evaluate(async () => Boolean(await caches.match(window.location.pathname))), {
      timeout: 15_000,
    })
    .toBe(true);
  await visitor.context().setOffline(true);
  await visitor.reload();
  await expect(checks.getByText(/^Signature authentique : vérifiée dans votre navigateur, sans réseau/)).toBeVisible();
  await expect(checks.getByText(/^Révocation non vérifiée : la plateforme n'a pas pu être jointe/)).toBeVisible();
  await visitor.context().setOffline(false);

  // A serial never issued.
  await visitor.goto("/verify/C-2000-ZZZZ-ZZZZ");
  await expect(visitor.getByText(/^Numéro inconnu/)).toBeVisible();
  await visitor.close();
});
