import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("a student searches with two facets, opens an offer, saves it and finds it among saved offers", async ({
  page,
}) => {
  await signIn(page, "etudiant3@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Trouver une offre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trouver un stage" })).toBeVisible();

  await page.getByLabel("Mots-clés").fill("developpeur");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=developpeur/);
  await expect(page.getByRole("article").first()).toContainText(/d[ée]velopp/i);

  // Facet counts reflect the other filters, so any value offered still has results.
  const remote = page.getByRole("group", { name: "Mode de travail" }).getByRole("checkbox").first();
  await remote.check();
  await expect(page).toHaveURL(/remote=/);
  const city = page.getByRole("group", { name: "Ville" }).getByRole("checkbox").first();
  await city.check();
  await expect(page).toHaveURL(/city=/);
  await expect(page).toHaveURL(/remote=/);

  const first = page.getByRole("article").first();
  const title = (await first.getByRole("link").first().textContent())!.trim();
  await first.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByRole("button", { name: "Enregistrer l'offre" }).click();
  await expect(page.getByRole("button", { name: "Retirer des offres enregistrées" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  await page.goBack();
  await expect(page).toHaveURL(/city=.*|remote=.*/);
  await page.getByRole("link", { name: "Offres enregistrées" }).click();
  // By role in the page's main part: a bare text match may also hit the route announcer or the previous page.
  await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
});
