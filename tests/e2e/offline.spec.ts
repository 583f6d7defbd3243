import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

/** The service worker is installed, active and in control of the page. */
async function workerInControl(page: Page) {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("the student's pages open offline with the offline banner, and a logbook week written offline is sent when the network returns", async ({
  page,
  context,
}) => {
  await signIn(page, "etudiant1@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/student/applications");
  await workerInControl(page);
  const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(script).toMatch(/\/serwist\/sw\.js$/);

  // An application, opened online once, opens again offline: the copy kept, with the banner.
  const application = await page.locator('main a[href^="/student/applications/"]').first().getAttribute("href");
  await page.goto(application!);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("offline-banner")).toHaveText(
    "Vous êtes hors ligne : cette page est la copie enregistrée sur votre appareil.",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await context.setOffline(false);

  // The internship page, offline: a week of the logbook (the first one, rewritten) is kept on the device…
  await page.goto("/internships");
  const internship = await page.getByRole("link", { name: /Léa Martin · Numeria/ }).getAttribute("href");
  await page.goto(internship!);
  await expect(page.getByLabel("Ce que j'ai fait")).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await page.getByRole("combobox", { name: "Semaine" }).click();
  await page.getByRole("option").last().click();
  const summary = `Semaine écrite dans le train, hors ligne ${Date.now()}`;
  await page.getByLabel("Ce que j'ai fait").fill(summary);
  await page.getByRole("button", { name: "Enregistrer la semaine" }).click();
  await expect(page.getByText("Enregistré sur cet appareil : ce sera envoyé dès le retour du réseau.")).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: summary })).toHaveCount(0);

  // …and sent as soon as the network returns.
  await context.setOffline(false);
  await expect(page.getByText("De retour en ligne : vos saisies enregistrées ont été envoyées.")).toBeVisible();
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("article").filter({ hasText: summary })).toBeVisible();
});
