import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

async function workerInControl(page: Page) {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("offline, a page never saved shows the offline page in the user's language, with links to the saved ones", async ({
  page,
  context,
}) => {
  await signIn(page, "etudiant2@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/student/applications");
  await workerInControl(page);
  await page.reload(); // a page the worker answered, so that it keeps a copy
  const saved = (await page.title()).trim();

  await context.setOffline(true);
  await page.goto("/offers?q=never-opened");
  await expect(page.getByRole("heading", { level: 1, name: "Vous êtes hors ligne" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Réessayer" })).toBeVisible();
  const link = page.getByRole("link", { name: saved });
  await expect(link).toHaveAttribute("href", "/student/applications");
  await link.click();
  await expect(page.getByTestId("offline-banner")).toBeVisible();

  // In English when the user chose English (the locale cookie).
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", domain: new URL(page.url()).hostname, path: "/" }]);
  await page.goto("/internships/never-opened");
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
  await context.setOffline(false);
});
