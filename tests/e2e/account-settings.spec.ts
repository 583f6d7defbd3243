import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./helpers";

const FIRST = "First-password-2026";
const SECOND = "Second-password-2026";

test("a student changes their password, downloads their data, asks to delete the account and keeps it", async ({
  page,
}) => {
  const email = uniqueEmail("settings");
  const registered = await page.request.post("/api/v1/auth/register", {
    data: { email, password: FIRST, name: "Inès Moreau", role: "STUDENT" },
  });
  expect(registered.status()).toBe(201);
  await signIn(page, email, FIRST);
  await page.goto("/profile");

  const password = page.getByRole("region", { name: "Mot de passe" });
  await password.getByLabel("Mot de passe actuel").fill("not-the-password-1");
  await password.getByLabel("Nouveau mot de passe").fill(SECOND);
  await password.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(password.getByText("Mot de passe incorrect.")).toBeVisible();
  await password.getByLabel("Mot de passe actuel").fill(FIRST);
  await password.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(password.getByRole("status")).toContainText("Mot de passe changé");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger mes données (ZIP)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^stagiaire-\d{4}-\d{2}-\d{2}\.zip$/);

  const deletion = page.getByRole("region", { name: "Supprimer mon compte" });
  await deletion.getByRole("button", { name: "Supprimer mon compte" }).click();
  await expect(deletion.getByText("Cochez la case pour confirmer la suppression.")).toBeVisible();
  await deletion.getByLabel("Mot de passe actuel").fill(SECOND);
  await deletion.getByRole("checkbox").check();
  await deletion.getByRole("button", { name: "Supprimer mon compte" }).click();
  await expect(deletion.getByText(/Votre compte sera supprimé le/)).toBeVisible();
  await deletion.getByRole("button", { name: "Garder mon compte" }).click();
  await expect(deletion.getByRole("status")).toContainText("votre compte est conservé");

  await page.context().clearCookies();
  await signIn(page, email, SECOND);
});
