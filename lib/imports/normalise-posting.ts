import { createHash } from "node:crypto";
import { toMinorUnits } from "@/lib/core/money";
import type { Currency, RemoteMode, StipendPeriod } from "@/lib/generated/prisma/enums";
import type { ImportedOfferContent } from "@/lib/offers/imported-offers";
import { CURRENCIES, type OFFER_FIELDS } from "@/lib/offers/offer-options";
import { htmlToText } from "./html-text";
import type { RawPosting } from "./posting";
import { DEFAULT_DURATION_WEEKS, keepsPosting, type ImportFilters } from "./filters";
import { countryCode } from "./country-code";

export type Normalised =
  | { keep: true; content: Omit<ImportedOfferContent, "skillIds">; hash: string; expired: boolean }
  | { keep: false; reason: SkipReason; expired: boolean };

export type SkipReason = "notInternship" | "tooLong" | "noPlace" | "noTitle" | "expired";

const FIELD_WORDS: [(typeof OFFER_FIELDS)[number], RegExp][] = [
  ["Cybersecurity", /cyber|sécurité informatique|security/i],
  ["Data science", /\bdata\b|machine learning|données|\bia\b|\bai\b/i],
  ["Software engineering", /develop|développ|software|logiciel|full.?stack|front.?end|back.?end|devops|web/i],
  ["Design", /design|ux|ui\b/i],
  ["Marketing", /marketing|growth|seo/i],
  ["Finance", /financ|comptab|account|audit|contrôle de gestion/i],
  ["Supply chain", /supply|logisti|achats|procurement/i],
  ["Human resources", /\brh\b|human resources|ressources humaines|recrut/i],
  ["Communication", /communication|relations presse|content/i],
  ["Law", /juridique|legal|droit|law/i],
  ["Mechanical engineering", /mécanique|mechanical/i],
  ["Electrical engineering", /électri|electrical|électronique|electronic/i],
  ["Chemistry", /chimi|chemi/i],
  ["Biology", /biolog/i],
];

const day = (value: string | null | undefined): Date | null => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? null
    : new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
};

/** "6 mois", "6 months", "12 semaines", "24 weeks" in the title or text, in weeks. */
export function durationIn(text: string): number | null {
  const match = text.match(/(\d{1,2})\s*(mois|months?|semaines?|weeks?)\b/i);
  if (!match) return null;
  const count = Number(match[1]);
  const weeks = /^(mois|month)/i.test(match[2]) ? Math.round((count * 52) / 12) : count;
  return weeks >= 1 && weeks <= 104 ? weeks : null;
}

function remoteMode(posting: RawPosting, text: string): RemoteMode {
  if (posting.hybrid) return "HYBRID";
  if (posting.remote) return "REMOTE";
  if (/hybrid|hybride|télétravail partiel/i.test(text)) return "HYBRID";
  if (/full remote|100 ?% (remote|télétravail)|entièrement à distance/i.test(text)) return "REMOTE";
  return "ON_SITE";
}

function stipend(posting: RawPosting) {
  const s = posting.stipend;
  if (!s || !(CURRENCIES as readonly string[]).includes(s.currency)) return null;
  if (s.period === "HOUR") return null; // Hours a month are not stated: no honest monthly amount.
  const [amount, period]: [number, StipendPeriod] =
    s.period === "YEAR" ? [s.amount / 12, "MONTH"] : [s.amount, s.period];
  const currency = s.currency as Currency;
  return {
    stipendAmountMinor: toMinorUnits(Math.round(amount), currency),
    stipendCurrency: currency,
    stipendPeriod: period,
  };
}

/**
 * A raw posting as an offer's content, or why it is not kept: not an internship by the source's
 * filters, longer than they allow, without a title or a place, or past its validThrough. The hash
 * covers the content, so the next check sees whether it changed.
 */
export function normalisePosting(posting: RawPosting, filters: ImportFilters, now = new Date()): Normalised {
  const title = htmlToText(posting.title).replace(/\s+/g, " ").slice(0, 140).trim();
  const description = htmlToText(posting.description).slice(0, 8000);
  const deadline = day(posting.validThrough);
  const expired = Boolean(deadline && deadline.getTime() + 86_400_000 <= now.getTime());
  if (!title) return { keep: false, reason: "noTitle", expired };
  const duration = durationIn(`${title}\n${description}`);
  const verdict = keepsPosting(filters, { title, employmentTypes: posting.employmentTypes, durationWeeks: duration });
  if (verdict) return { keep: false, reason: verdict, expired };
  if (expired) return { keep: false, reason: "expired", expired };
  const city = (posting.city ?? filters.defaultCity ?? "").trim();
  const country = countryCode(posting.country) ?? countryCode(filters.defaultCountry);
  if (!city || !country) return { keep: false, reason: "noPlace", expired };
  const text = `${title}\n${description}`;
  const content = {
    title,
    description,
    field: FIELD_WORDS.find(([, words]) => words.test(title))?.[0] ?? "Other",
    city: city.slice(0, 80),
    country,
    remoteMode: remoteMode(posting, text),
    durationWeeks: duration ?? DEFAULT_DURATION_WEEKS,
    startFrom: day(posting.startDate),
    deadline,
    stipendAmountMinor: null,
    stipendCurrency: "EUR" as Currency,
    stipendPeriod: "MONTH" as StipendPeriod,
    ...stipend(posting),
    languages: [],
    externalUrl: posting.url,
  };
  const hash = createHash("sha256").update(JSON.stringify(content)).digest("hex");
  return { keep: true, content, hash, expired };
}
