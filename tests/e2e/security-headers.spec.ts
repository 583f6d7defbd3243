import { expect, test } from "@playwright/test";

// Pages run under a nonce-based Content-Security-Policy with nothing blocked, and the proxy
// refuses what no route can answer with a 4xx, never a 500.

test("pages carry a nonce-based CSP and run without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/offers", "/sign-in", "/register"]) {
    const response = await page.goto(path);
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  }
  // Hydrated: the client-side validation of the form answers.
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Ce champ est obligatoire.").first()).toBeVisible();
  await page.goto("/offers");
  await page
    .getByRole("link")
    .filter({ hasText: /Stage|Alternance|Développ/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/offers\/[^/]+$/);
  expect(violations).toEqual([]);
});

test("an unknown method is a 405 and a server action posted from another site a 403", async ({ request }) => {
  const trace = await request.fetch("/api/v1/offers", { method: "TRACE" });
  expect(trace.status()).toBe(405);
  expect(trace.headers()["content-type"]).toContain("application/problem+json");

  const crossSite = await request.post("/sign-in", {
    headers: { "next-action": "0123456789abcdef", origin: "https://evil.example", "content-type": "text/plain" },
    data: "[]",
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toMatchObject({ type: expect.stringContaining("/problems/forbidden") });
});
