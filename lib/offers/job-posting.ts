import type { OfferDetail } from "./get-offer";

const UNIT = { MONTH: "MONTH", WEEK: "WEEK", TOTAL: "YEAR" } as const;

/** schema.org JobPosting for an offer page, so search engines can list the internship. */
export function jobPosting(offer: OfferDetail, appUrl: string) {
  const posting: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    identifier: { "@type": "PropertyValue", name: "Stagiaire", value: offer.id },
    title: offer.title,
    description: [offer.description, offer.missions].filter(Boolean).join("\n\n"),
    datePosted: (offer.publishedAt ?? offer.updatedAt).toISOString(),
    ...(offer.deadline && { validThrough: offer.deadline.toISOString() }),
    employmentType: "INTERN",
    url: `${appUrl}/offers/${offer.id}`,
    hiringOrganization: {
      "@type": "Organization",
      name: offer.enterprise.name,
      ...(offer.enterprise.website && { sameAs: offer.enterprise.website }),
      ...(offer.enterprise.logoUrl && { logo: new URL(offer.enterprise.logoUrl, appUrl).toString() }),
    },
    jobLocation: {
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: offer.city, addressCountry: offer.country },
    },
    skills: offer.skills.join(", "),
    occupationalCategory: offer.field,
    ...(offer.educationLevel && { educationRequirements: offer.educationLevel }),
    ...(offer.startFrom && { jobStartDate: offer.startFrom.toISOString().slice(0, 10) }),
    totalJobOpenings: offer.positions,
    directApply: false,
  };
  if (offer.remoteMode === "REMOTE") {
    posting.jobLocationType = "TELECOMMUTE";
    posting.applicantLocationRequirements = { "@type": "Country", name: offer.country };
  }
  if (offer.stipendAmount != null) {
    posting.baseSalary = {
      "@type": "MonetaryAmount",
      currency: offer.stipendCurrency,
      value: { "@type": "QuantitativeValue", value: offer.stipendAmount, unitText: UNIT[offer.stipendPeriod] },
    };
  }
  return posting;
}

/** JSON for a <script> element: `<` escaped so the content cannot close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
