import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The page does not scroll sideways (an element pushed past the left edge would, right to left). */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("Arabic is chosen from the language menu and lays the home page out right to left", async ({ page }, info) => {
  await page.setViewportSize(WIDE);
  await page.goto("/");
  await page.getByRole("button", { name: "Langue" }).click();
  await page.getByRole("menuitem", { name: "العربية" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ابحث عن تدريب");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The search field's label sits at the right edge of its field.
  const field = await page.getByLabel("مهنة أو مهارة أو مؤسسة").boundingBox();
  const label = await page.locator("label", { hasText: "مهنة أو مهارة أو مؤسسة" }).boundingBox();
  expect(label!.x + label!.width).toBeGreaterThan(field!.x + field!.width / 2);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: info.outputPath("home-1366.png"), fullPage: true });
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: info.outputPath("home-390.png"), fullPage: true });
});

test("a student's pages in Arabic: the menu on the right, the phone drawer from the right", async ({ page }, info) => {
  await page.setViewportSize(WIDE);
  await signIn(page, "etudiant1@demo.stagiaire.app", DEMO_PASSWORD);
  // The cookie only: the switcher would also change the demo account's e-mail language for other journeys.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ar", url: page.url() }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const menu = await page.getByRole("navigation").last().boundingBox();
  const main = await page.locator("main").boundingBox();
  expect(menu!.x).toBeGreaterThanOrEqual(main!.x + main!.width - 1);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: info.outputPath("dashboard-1366.png"), fullPage: true });

  await page.goto("/offers");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: info.outputPath("offers-1366.png"), fullPage: true });

  await page.goto("/profile");
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: info.outputPath("profile-1366.png"), fullPage: true });

  await page.setViewportSize(PHONE);
  await page.goto("/offers");
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: info.outputPath("offers-390.png"), fullPage: true });
  await page.getByRole("button", { name: "فتح قائمة التنقل" }).click();
  // The temporary (modal) drawer; the permanent one is hidden on a phone.
  const drawer = await page.locator(".MuiModal-root .MuiDrawer-paper").boundingBox();
  expect(Math.round(drawer!.x + drawer!.width)).toBe(PHONE.width);
  await page.screenshot({ path: info.outputPath("drawer-390.png") });
});
