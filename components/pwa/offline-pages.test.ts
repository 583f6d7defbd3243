import { describe, expect, it } from "vitest";
import { isOfflinePage, shouldOfferInstall } from "./offline-pages";

describe("the pages kept for offline reading", () => {
  it("are the student's applications, an application, the internships and an internship (its logbook)", () => {
    for (const page of [
      "/student/applications",
      "/student/applications/abc123",
      "/internships",
      "/internships/abc123",
    ]) {
      expect(isOfflinePage(page), page).toBe(true);
    }
  });

  it("are no other page: never the sign-in page, an API, a document or another role's page", () => {
    for (const page of [
      "/",
      "/sign-in",
      "/dashboard",
      "/profile",
      "/api/v1/internships",
      "/internships/abc123/evaluations",
      "/enterprise/applications/abc123",
      "/student/apply/abc123",
    ]) {
      expect(isOfflinePage(page), page).toBe(false);
    }
  });
});

describe("the install prompt", () => {
  const now = Date.UTC(2026, 5, 1);
  const day = 24 * 60 * 60 * 1000;

  it("is never offered on the first visit", () => {
    expect(shouldOfferInstall({ visits: 1, dismissedAt: null, now })).toBe(false);
  });

  it("is offered from the second visit on", () => {
    expect(shouldOfferInstall({ visits: 2, dismissedAt: null, now })).toBe(true);
  });

  it("stays hidden for a month after 'Not now', then comes back", () => {
    expect(shouldOfferInstall({ visits: 5, dismissedAt: now - 29 * day, now })).toBe(false);
    expect(shouldOfferInstall({ visits: 5, dismissedAt: now - 31 * day, now })).toBe(true);
  });
});
