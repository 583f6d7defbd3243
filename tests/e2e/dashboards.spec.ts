import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("a university admin opens the dashboard, filters by program, drills into a figure and exports it", async ({
  page,
}) => {
  await signIn(page, "universite@demo.stagiaire.app", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Indicateurs" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Indicateurs" })).toBeVisible();
  const placement = page.getByTestId("figure-placement");
  await expect(placement.getByRole("table")).toBeVisible();

  // The first program of the list, chosen in the filter, narrows every figure to its students.
  await page.getByLabel("Formation", { exact: true }).click();
  const option = page.getByRole("option").nth(1);
  const program = (await option.textContent())!.trim();
  await option.click();
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/program=/);
  const rowHeads = placement.getByRole("rowheader");
  await expect(rowHeads.first()).toHaveText(program);
  for (const head of await rowHeads.all()) await expect(head).toHaveText(program);
  const shownRows = await rowHeads.count();

  // The CSV has the same rows as the table, with the filter applied.
  const href = await placement.getByRole("link", { name: /^Exporter « Placement.* en CSV$/ }).getAttribute("href");
  expect(href).toContain("program=");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split(/\r?\n/);
  expect(lines[0]).toContain("Formation");
  expect(lines.slice(1)).toHaveLength(shownRows);
  for (const line of lines.slice(1)) expect(line).toContain(program);

  // A row leads to the students behind it.
  await placement
    .getByRole("link", { name: /^Voir la liste derrière/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/university\/students\?.*programId=/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
