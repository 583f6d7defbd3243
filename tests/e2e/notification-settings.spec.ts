import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("a student chooses a weekly digest at 18:00 and quiet hours, and finds them saved", async ({ page }) => {
  await signIn(page, "etudiant3@demo.stagiaire.app", DEMO_PASSWORD);
  await page.goto("/notifications/preferences");
  const form = page.getByRole("form", { name: "Comment les e-mails et les notifications push vous parviennent" });
  await form.getByRole("radio", { name: "Un seul e-mail par semaine : le récapitulatif, le lundi" }).check();
  await form.getByLabel("Envoyé à").selectOption({ label: "18:00" });
  await form.getByRole("switch", { name: "Heures calmes : retenir les e-mails et les notifications push" }).check();
  await form.getByLabel("De", { exact: true }).selectOption({ label: "21:30" });
  await form.getByLabel("À", { exact: true }).selectOption({ label: "07:00" });
  await form.getByLabel("Fuseau horaire").selectOption("Africa/Tunis");
  await form.getByRole("button", { name: "Enregistrer l'envoi" }).click();
  await expect(form.getByText("Réglages d'envoi enregistrés.")).toBeVisible();
  await page.screenshot({ path: "test-results/notification-settings.png", fullPage: true });

  await page.reload();
  await expect(
    form.getByRole("radio", { name: "Un seul e-mail par semaine : le récapitulatif, le lundi" }),
  ).toBeChecked();
  await expect(form.getByLabel("Envoyé à")).toHaveValue("18");
  await expect(form.getByLabel("De", { exact: true })).toHaveValue(String(21 * 60 + 30));
  await expect(form.getByLabel("Fuseau horaire")).toHaveValue("Africa/Tunis");
});
