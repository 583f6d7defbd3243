import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { internshipPosting, jobPostingPage, sitemap } from "@/lib/imports/fixtures/import-fixtures";
import { DEMO_PASSWORD, signIn } from "./helpers";

// A careers site on this machine (the server under test runs with IMPORT_ALLOW_PRIVATE_HOSTS=true,
// playwright.config.ts): a sitemap of two postings, one of them under a path its robots.txt disallows.
const word = `Cartographie${Date.now().toString(36)}`;
const requested: string[] = [];
let server: http.Server;
let base = "";

test.beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    requested.push(path);
    const pages: Record<string, [string, string]> = {
      "/robots.txt": ["text/plain", "User-agent: *\nDisallow: /private/\n"],
      "/careers/sitemap.xml": ["application/xml", sitemap(base, ["/careers/stage-1", "/private/stage-2"])],
      "/careers/stage-1": [
        "text/html",
        jobPostingPage(internshipPosting({ title: `Stage ${word} - 6 mois`, identifier: `e2e-${word}` })),
      ],
      "/private/stage-2": ["text/html", jobPostingPage(internshipPosting({ title: `Stage caché ${word}` }))],
    };
    const page = pages[path];
    response.writeHead(page ? 200 : 404, { "content-type": page?.[0] ?? "text/plain" });
    response.end(page?.[1] ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("a system admin adds a careers page as an import source, runs it, and its internship is found by students", async ({
  page,
}) => {
  await signIn(page, "admin@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/admin/imports");
  await page.getByRole("button", { name: "Ajouter une source" }).click();
  const form = page.getByRole("form", { name: "Nouvelle source d'import" });
  await form.getByLabel("Nom").fill(`Carrières ${word}`);

  // An address that is not one says so on its field, and nothing is saved.
  await form.getByLabel("Adresse").fill("notre page carrières");
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect(form.getByText("Saisissez une adresse web valide (par exemple https://exemple.fr).")).toBeVisible();

  await form.getByLabel("Adresse").fill(`${base}/careers/sitemap.xml`);
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect(form.getByText("Source enregistrée.")).toBeVisible();

  const card = page.getByRole("region", { name: `Carrières ${word}` });
  await expect(card).toContainText(`${base}/careers/sitemap.xml`);
  await card.getByRole("button", { name: "Lancer maintenant" }).click();
  await expect(card.getByText("L'exécution est lancée", { exact: false })).toBeVisible();

  // The run's report, once the in-process workflow has run: one new offer, one page skipped.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("region", { name: `Carrières ${word}` })).toContainText("Terminée", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("region", { name: `Carrières ${word}` })).toContainText("1 offre ouverte");
  expect(requested).toContain("/careers/stage-1");
  expect(requested).not.toContain("/private/stage-2");

  // Disabled from its card: it stays listed, marked as such.
  await page
    .getByRole("region", { name: `Carrières ${word}` })
    .getByRole("button", { name: "Désactiver" })
    .click();
  await expect(page.getByRole("region", { name: `Carrières ${word}` }).getByText("Désactivée")).toBeVisible();

  // The imported internship is an offer like the others in the search.
  await page.goto(`/offers?q=${word}`);
  await expect(page.getByRole("article").filter({ hasText: `Stage ${word} - 6 mois` })).toBeVisible();
  await expect(page.getByText(`Stage caché ${word}`)).toHaveCount(0);
});
