/** The fixed vocabularies of offers: stored as these values, translated in the UI (messages: offers.*). */
export const OFFER_FIELDS = [
  "Software engineering",
  "Data science",
  "Cybersecurity",
  "Design",
  "Marketing",
  "Finance",
  "Mechanical engineering",
  "Supply chain",
  "Electrical engineering",
  "Chemistry",
  "Biology",
  "Law",
  "Human resources",
  "Communication",
  "Other",
] as const;

export const REMOTE_MODES = ["ON_SITE", "HYBRID", "REMOTE"] as const;
export const STIPEND_PERIODS = ["MONTH", "WEEK", "TOTAL"] as const;
export const LANGUAGES = ["fr", "en", "de", "es", "it", "ar"] as const;
export const EDUCATION_LEVELS = ["Bac+2", "Bac+3", "Bac+4", "Bac+5", "Doctorat"] as const;
export const CURRENCIES = ["EUR", "CHF", "GBP", "USD", "MAD", "TND", "DZD"] as const;

/** The translation key of a field value ("Data science" → "dataScience"). */
export const fieldKey = (field: string) =>
  field
    .toLowerCase()
    .replace(/[^a-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())
    .replace(/[^a-zA-Z0-9]/g, "");

export const OFFER_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED", "EXPIRED"] as const;
/** The orders of an enterprise's own list ("Mes offres"). */
export const OWN_OFFER_SORTS = ["newest", "deadline", "applicants"] as const;
export type OwnOfferSort = (typeof OWN_OFFER_SORTS)[number];
