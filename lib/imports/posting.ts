/**
 * A job posting as a source describes it, before normalisation: every parser (JSON-LD pages,
 * applicant tracking systems, feeds) produces these, and normalise-posting.ts makes offers of them.
 */
export type RawPosting = {
  /** Stable within its source: the ATS id, the JSON-LD identifier, the feed item's guid, else the URL. */
  externalId: string;
  /** The original posting, where "Apply" sends students. */
  url: string;
  title: string;
  /** HTML or text, sanitised when normalised. */
  description: string;
  /** schema.org employmentType values or the ATS's own wording ("Internship", "INTERN", "Stage"). */
  employmentTypes: string[];
  city?: string | null;
  country?: string | null;
  remote?: boolean;
  hybrid?: boolean;
  datePosted?: string | null;
  validThrough?: string | null;
  startDate?: string | null;
  stipend?: { amount: number; currency: string; period: "MONTH" | "WEEK" | "TOTAL" | "HOUR" | "YEAR" } | null;
  /** The hiring organisation's name, for sources listing several enterprises. */
  organisation?: string | null;
};
