import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

/** Nothing wider than the phone's screen makes the page scroll sideways. */
const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("a system admin reads the audit log on a phone, filters it, opens a change and exports it", async ({ page }) => {
  await signIn(page, "admin@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Journal d’audit" })).toBeVisible();
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toBeVisible();
  expect(await fitsTheScreen(page)).toBe(true);

  await page.getByLabel("Action (ex. agreement.signed ou agreement)").fill("agreement");
  await page.getByRole("button", { name: "Filtrer", exact: true }).click();
  await expect(page).toHaveURL(/action=agreement/);
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText("agreement.");

  await page.locator("summary", { hasText: "Avant et après" }).first().click();
  // Opened, the entry shows its fields before and after (or says it recorded none).
  await expect(page.locator("details[open]").first().locator("dl, p").last()).toBeVisible();
  expect(await fitsTheScreen(page)).toBe(true);

  // A small CSV downloads at once, with the filters.
  const direct = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exporter les entrées filtrées en CSV" }).click();
  const csvFile = await direct;
  expect(csvFile.url()).toContain("action=agreement");
  const lines = (await readFile((await csvFile.path())!, "utf8")).trimEnd().split("\r\n");
  expect(lines[0]).toContain("Quand,Qui,E-mail,Action");
  expect(lines.length).toBeGreaterThan(1);

  // An XLSX is written in the background: its progress shows, then its download link.
  await page.getByRole("button", { name: "Exporter les entrées filtrées en classeur Excel (XLSX)" }).click();
  await expect(page.getByRole("progressbar", { name: "Avancement de l’export" })).toBeVisible();
  const ready = page.getByRole("link", { name: /^Télécharger audit-.*\.xlsx$/ });
  await expect(ready).toBeVisible({ timeout: 20_000 });
  const xlsx = await page.request.get((await ready.getAttribute("href"))!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect(await fitsTheScreen(page)).toBe(true);

  await page.getByLabel("Action (ex. agreement.signed ou agreement)").fill("nothing.ever");
  await page.getByRole("button", { name: "Filtrer", exact: true }).click();
  await expect(page.getByText("Aucune entrée ne correspond à ces filtres.")).toBeVisible();
});

test("a system admin checks the platform's health on a phone", async ({ page }) => {
  await signIn(page, "admin@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/admin/health");
  await expect(page.getByRole("heading", { level: 1, name: "Santé de la plateforme" })).toBeVisible();
  const database = page.getByRole("region", { name: "Base de données" });
  await expect(database.getByText("OK")).toBeVisible();
  await expect(page.getByTestId("outbox-backlog")).toBeVisible();
  await expect(page.getByRole("region", { name: "Stockage des fichiers" }).getByText("OK")).toBeVisible();
  expect(await fitsTheScreen(page)).toBe(true);
});

test("a university admin reads their university's audit log; the health page is not theirs", async ({ page }) => {
  await signIn(page, "universite@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/university/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Journal d’audit" })).toBeVisible();
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
  expect(await fitsTheScreen(page)).toBe(true);
  const health = await page.goto("/admin/health");
  expect(health?.status()).toBe(403);
});
