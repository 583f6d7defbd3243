import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("a student asks the assistant on a phone, follows a source, and turns a sentence into a search", async ({
  page,
}) => {
  await signIn(page, "etudiant3@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("button", { name: "Ouvrir l'assistant" }).click();
  const panel = page.getByRole("dialog", { name: "Assistant" });
  await expect(panel).toBeVisible();

  await panel.getByLabel("Votre question").fill("où en est mon attestation de stage ?");
  await panel.getByRole("button", { name: "Envoyer" }).click();
  const sources = panel.getByRole("navigation", { name: "Sources" }).last();
  await expect(sources.getByRole("link").first()).toBeVisible();

  await panel.getByLabel("Votre question").fill("un stage data à Lyon en hybride à partir de mars");
  await panel.getByRole("button", { name: "Envoyer" }).click();
  await expect(panel.getByText("Recherche proposée (retirez un filtre pour l'élargir)").last()).toBeVisible();
  const search = panel.getByRole("link", { name: "Ouvrir cette recherche" }).last();
  await expect(search).toHaveAttribute("href", /Lyon/);
  await search.click();
  await expect(page).toHaveURL(/Lyon/);
});
