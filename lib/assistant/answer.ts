import type { ProposedSearch } from "./recognise";
import { formattingLocale } from "@/lib/core/i18n-config";

/** A record an answer used, as a link. */
export type Citation = { kind: string; id: string; title: string; url: string };
/** An action the assistant proposes and never performs: a button to the page that confirms it. */
export type ProposedAction = {
  kind: "withdrawApplication" | "bookInterview" | "openSearch" | "open";
  label: string;
  url: string;
};

export type AssistantAnswer = {
  intent: string | null;
  answer: string;
  citations: Citation[];
  search?: { q: string; facets: ProposedSearch["facets"] };
  actions?: ProposedAction[];
  /** Whether the question was understood; an unanswered one is logged for staff. */
  answered: boolean;
};

/** A short date in the answer's language (the panel shows the answer as text). */
export const shortDate = (date: Date, locale: string, time = false) =>
  new Intl.DateTimeFormat(formattingLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(time ? { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" } : { timeZone: "UTC" }),
  }).format(date);

/** At most this many records are listed in an answer; the citations link to the rest's pages. */
export const LIST_LIMIT = 10;
