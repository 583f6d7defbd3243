import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// What a newcomer meets first: the home page's search, the offers on a phone, the result cards,
// the directory of enterprises and the sign-in page's frame. Runs on the seeded demo data.

test("the home page's search leads to the offers matching the words typed, in the place typed", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Trouver une offre" })).toHaveAttribute(
    "href",
    "/offers",
  );
  await expect(page.getByRole("heading", { level: 2, name: "Les dernières offres" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Je suis étudiant·e" })).toHaveAttribute("href", "/offers");

  const search = page.getByRole("search", { name: "Rechercher une offre de stage" });
  await search.getByLabel("Métier, compétence ou entreprise").fill("data");
  await search.getByLabel("Ville").fill("Lyon");
  await search.getByRole("button", { name: "Rechercher" }).click();

  await expect(page).toHaveURL(/\/offers\?q=data&city=Lyon$/);
  await expect(page.getByLabel("Mots-clés")).toHaveValue("data");
  await expect(page.getByRole("checkbox", { name: /^Lyon/ })).toBeChecked();
  const results = page.getByRole("article");
  // "data" is found in the title, the skills or the field ("Science des données").
  await expect(results.first()).toContainText(/data|données/i);
  for (const result of await results.all()) await expect(result).toContainText("Lyon (FR)");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters open from the « Filtres » button, which counts the active ones", async ({ page }) => {
    await page.goto("/offers");
    await expect(page.getByRole("button", { name: "Filtres", exact: true })).toBeVisible();
    // Not after the twenty results any more: the filters wait in the drawer.
    await expect(page.getByRole("group", { name: "Mode de travail" })).toBeHidden();

    await page.goto("/offers?city=Lyon&remote=HYBRID");
    await page.getByRole("button", { name: "Filtres (2)" }).click();
    const drawer = page.getByRole("dialog", { name: "Filtres" });
    await expect(drawer.getByRole("checkbox", { name: /^Lyon/ })).toBeChecked();
    await expect(drawer.getByRole("checkbox", { name: /^Hybride/ })).toBeChecked();

    await drawer.getByRole("group", { name: "Durée" }).getByRole("checkbox").first().check();
    await expect(page).toHaveURL(/duration=/);
    await expect(drawer).toBeVisible();
    // The page behind is hidden from assistive technology while the drawer is open: its button tells the total.
    const show = drawer.getByRole("button", { name: /^Voir (l'offre|les \d+ offres)$/ });
    const total = (await show.textContent())!.match(/\d+/)?.[0] ?? "1";
    await show.click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("button", { name: "Filtres (3)" })).toBeFocused();
    await expect(
      page.getByRole("heading", { level: 2, name: total === "1" ? "1 offre" : `${total} offres` }),
    ).toBeVisible();
  });
});

test("a click anywhere on a result card opens its offer", async ({ page }) => {
  await page.goto("/offers");
  const card = page.getByRole("article").first();
  const title = (await card.getByRole("heading", { level: 3 }).textContent())!.trim();
  const box = (await card.boundingBox())!;
  // Well away from the title: the facts line of the card, near its left edge.
  await card.click({ position: { x: 24, y: box.height / 2 + 10 } });
  await expect(page).toHaveURL(/\/offers\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a student saves an offer from its result card", async ({ page }) => {
  await signIn(page, "etudiant5@demo.stagiaire.app", DEMO_PASSWORD);
  // A seeded offer: journeys running alongside publish and close offers of their own.
  await page.goto("/offers?q=TypeScript");
  const unsaved = page
    .getByRole("article")
    .filter({ hasText: "Numeria" })
    .filter({ has: page.getByRole("button", { name: "Enregistrer l'offre" }) })
    .first();
  const title = (await unsaved.getByRole("heading", { level: 3 }).textContent())!.trim();
  // Found again by its title: once saved, it no longer matches "not saved yet".
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: title }) });
  await card.getByRole("button", { name: "Enregistrer l'offre" }).click();
  await expect(card.getByRole("button", { name: "Retirer des offres enregistrées" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // The button turns at once; the server's answer is what counts before leaving the page.
  await expect(card.getByRole("button", { name: "Retirer des offres enregistrées" })).toHaveAttribute(
    "aria-busy",
    "false",
  );
  await page.goto("/student/saved");
  await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
});

test("the directory lists Numeria with its open offers, searchable by name", async ({ page }) => {
  await page.goto("/enterprises");
  await expect(page.getByRole("heading", { level: 1, name: "Entreprises qui recrutent" })).toBeVisible();
  const numeria = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Numeria" }) });
  const offers = numeria.getByRole("link", { name: /^\d+ offres? ouvertes? chez Numeria$/ });
  await expect(offers).toBeVisible();
  expect(Number((await offers.textContent())!.match(/\d+/)![0])).toBeGreaterThan(0);

  await page.getByLabel("Nom ou secteur").fill("numeria");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/enterprises\?q=numeria$/);
  await expect(page.getByRole("article")).toHaveCount(1);
  await page.getByLabel("Nom ou secteur").fill("introuvable");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByRole("heading", { name: "Aucune entreprise ne correspond à « introuvable »" })).toBeVisible();

  await page.goto("/enterprises");
  await offers.click();
  await expect(page).toHaveURL(/\/offers\?enterprise=/);
  // Journeys running alongside may publish another Numeria offer meanwhile: the count is not compared.
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ offres?$/ })).toBeVisible();
  await page.getByRole("article").first().getByRole("heading", { level: 3 }).waitFor();
  for (const result of await page.getByRole("article").all()) await expect(result).toContainText("Numeria");
});

test("the sign-in page leads home, switches language and shows the password on demand", async ({ page }) => {
  await page.goto("/sign-in");
  const password = page.getByLabel("Mot de passe");
  await password.fill("Un-secret-2027");
  await expect(password).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Afficher le mot de passe" }).click();
  await expect(password).toHaveAttribute("type", "text");
  await expect(page.getByRole("button", { name: "Afficher le mot de passe" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "Langue" }).click();
  await page.getByRole("menuitem", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Language" }).click();
  await page.getByRole("menuitem", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();

  await page.getByRole("link", { name: "Stagiaire, accueil" }).click();
  await expect(page).toHaveURL(/\/$/);
});
