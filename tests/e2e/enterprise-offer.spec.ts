import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers";

test("an enterprise creates an offer, publishes it, and a visitor reads it with its JSON-LD", async ({ page }) => {
  const title = `Stage ingénierie des données ${Date.now()}`;
  await signIn(page, "rh@numeria.demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Mes offres" }).click();
  await page.getByRole("link", { name: "Nouvelle offre" }).click();

  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Ajoutez au moins une compétence.")).toBeVisible();

  await page.getByLabel("Intitulé").fill(title);
  await page.getByLabel("Domaine").click();
  await page.getByRole("option", { name: "Science des données" }).click();
  await page
    .getByLabel("Description")
    .fill(
      "Au sein de l'équipe data, vous fiabilisez les flux de données de production et construisez les indicateurs suivis par la direction.",
    );
  const skills = page.getByRole("combobox", { name: "Compétences requises" });
  await skills.fill("Python");
  await skills.press("Enter");
  await skills.fill("dbt analytique");
  await skills.press("Enter");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByLabel("Durée (semaines)").fill("20");
  await page.getByLabel("Gratification").fill("1100");
  await page
    .getByLabel("Date limite de candidature")
    .fill(new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page.getByText("L'offre est enregistrée.")).toBeVisible();
  const card = page.getByTestId("enterprise-offer").filter({ hasText: title });
  await expect(card.getByText("Brouillon")).toBeVisible();
  await card.getByRole("button", { name: "Publier" }).click();
  // Publishing makes the offer public: a dialog says so and asks to confirm.
  const confirm = page.getByRole("dialog", { name: "Publier cette offre ?" });
  await expect(confirm).toContainText("Elle devient publique");
  await confirm.getByRole("button", { name: "Publier", exact: true }).click();
  await expect(card.getByText("Publiée")).toBeVisible();

  await card.getByRole("link", { name: "Voir" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const url = page.url();
  await signOut(page);

  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/1\s?100\s€ par mois/)).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({
    "@type": "JobPosting",
    title,
    hiringOrganization: { name: "Numeria" },
    employmentType: "INTERN",
  });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
});
