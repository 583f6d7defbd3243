import { describe, expect, it } from "vitest";
import type { OfferDetail } from "./get-offer";
import { jobPosting, scriptJson } from "./job-posting";

const offer = {
  id: "o1",
  title: "Stage data </script><script>alert(1)</script>",
  description: "Analyse des données de production.",
  missions: "Construire des tableaux de bord.",
  field: "Data science",
  city: "Grenoble",
  country: "FR",
  remoteMode: "REMOTE",
  durationWeeks: 24,
  startFrom: new Date("2027-02-01T00:00:00Z"),
  startTo: null,
  stipendAmount: 1100,
  stipendCurrency: "EUR",
  stipendPeriod: "MONTH",
  positions: 2,
  deadline: new Date("2027-01-15T00:00:00Z"),
  languages: ["fr"],
  educationLevel: "Bac+5",
  benefits: null,
  status: "PUBLISHED",
  publishedAt: new Date("2026-11-01T00:00:00Z"),
  updatedAt: new Date("2026-11-02T00:00:00Z"),
  source: "INTERNAL",
  externalUrl: null,
  enterpriseId: "e1",
  enterprise: {
    id: "e1",
    name: "Alpes Mécatronique",
    slug: "alpes",
    logoUrl: "/api/v1/documents/d1/download",
    website: "https://alpes.example",
    sector: null,
    verificationStatus: "VERIFIED",
  },
  skills: ["Python", "SQL"],
} as unknown as OfferDetail;

describe("JobPosting JSON-LD", () => {
  it("carries what search engines require, from the offer's data", () => {
    const posting = jobPosting(offer, "https://stagiaire.example");
    expect(posting).toMatchObject({
      "@type": "JobPosting",
      title: offer.title,
      datePosted: "2026-11-01T00:00:00.000Z",
      validThrough: "2027-01-15T00:00:00.000Z",
      employmentType: "INTERN",
      hiringOrganization: {
        name: "Alpes Mécatronique",
        sameAs: "https://alpes.example",
        logo: "https://stagiaire.example/api/v1/documents/d1/download",
      },
      jobLocation: { address: { addressLocality: "Grenoble", addressCountry: "FR" } },
      jobLocationType: "TELECOMMUTE",
      baseSalary: { currency: "EUR", value: { value: 1100, unitText: "MONTH" } },
      skills: "Python, SQL",
      url: "https://stagiaire.example/offers/o1",
    });
  });

  it("leaves out the salary of an unpaid internship", () => {
    expect(jobPosting({ ...offer, stipendAmount: null }, "https://x.example")).not.toHaveProperty("baseSalary");
  });

  it("cannot break out of its script element", () => {
    const json = scriptJson(jobPosting(offer, "https://x.example"));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).title).toBe(offer.title);
  });
});
