import type { REMOTE_MODES } from "@/lib/offers/offer-options";
import { OFFER_FIELDS } from "@/lib/offers/offer-options";
import { STIPEND_BUCKETS } from "@/lib/offers/search-schema";
import { findKeyword, fold, hasAny, wordMatches } from "./text";

type RemoteMode = (typeof REMOTE_MODES)[number];
type OfferField = (typeof OFFER_FIELDS)[number];

/** Month names (folded), January first: French, English, Arabic (Middle East and Maghreb). */
const MONTHS: readonly (readonly string[])[] = [
  ["janvier", "january", "janv", "يناير", "جانفي"],
  ["fevrier", "february", "fevr", "feb", "فبراير", "فيفري"],
  ["mars", "march", "مارس"],
  ["avril", "april", "avr", "ابريل", "افريل"],
  ["mai", "may", "مايو", "ماي"],
  ["juin", "june", "يونيو", "جوان"],
  ["juillet", "july", "juil", "يوليو", "جويليه"],
  ["aout", "august", "aug", "اغسطس", "اوت"],
  ["septembre", "september", "sept", "sep", "سبتمبر"],
  ["octobre", "october", "oct", "اكتوبر"],
  ["novembre", "november", "nov", "نوفمبر"],
  ["decembre", "december", "dec", "ديسمبر"],
];
/** Words that are also ordinary words: a month only after a preposition ("in may", "from march"). */
const AMBIGUOUS_MONTHS = new Set(["may", "mars", "march", "dec", "oct", "sep", "nov", "aug", "feb"]);
const MONTH_PREPOSITIONS = [
  "en",
  "in",
  "from",
  "de",
  "des",
  "partir",
  "starting",
  "start",
  "since",
  "debut",
  "early",
  "mi",
  "fin",
  "end",
  "of",
  "في",
  "من",
];
const FROM_WORDS = ["a partir", "des", "from", "starting", "after", "apres", "since", "depuis", "ابتداء", "من"];

const pad = (n: number) => String(n).padStart(2, "0");
const monthKey = (year: number, month: number) => `${year}-${pad(month + 1)}`;

/** Whether a word is a month's name. */
export const isMonth = (word: string) => MONTHS.some((names) => names.includes(word));

/** The start months a text names: "en mars" → the next March; "à partir de mars" → March and the two after. */
export function startMonths(list: string[], now: Date): string[] {
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const month = MONTHS.findIndex((names) =>
      names.some((name) => (name.length > 4 ? wordMatches(word, name) : word === name)),
    );
    if (month < 0) continue;
    const before = list.slice(Math.max(0, i - 3), i).join(" ");
    if (AMBIGUOUS_MONTHS.has(word) && !MONTH_PREPOSITIONS.some((p) => list[i - 1] === p)) continue;
    const yearWord = list[i + 1];
    const year =
      yearWord && /^20\d\d$/.test(yearWord)
        ? Number(yearWord)
        : now.getUTCFullYear() + (month < now.getUTCMonth() ? 1 : 0);
    const from = FROM_WORDS.some((w) => ` ${before} `.includes(` ${w} `));
    const count = from ? 3 : 1;
    return Array.from({ length: count }, (_, k) => {
      const m = month + k;
      return monthKey(year + Math.floor(m / 12), m % 12);
    });
  }
  return [];
}

export type Period = {
  key: "today" | "thisWeek" | "lastWeek" | "nextWeek" | "thisMonth" | "nextMonth";
  from: Date;
  to: Date;
};

const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const monday = (d: Date) => addDays(startOfDay(d), -((d.getUTCDay() + 6) % 7));

const PERIODS: { key: Period["key"]; words: string[] }[] = [
  { key: "nextWeek", words: ["semaine prochaine", "next week", "الاسبوع القادم", "الاسبوع المقبل"] },
  { key: "lastWeek", words: ["semaine derniere", "last week", "semaine passee", "الاسبوع الماضي"] },
  {
    key: "thisWeek",
    words: ["cette semaine", "this week", "hebdo*", "هذا الاسبوع", "7 derniers jours", "last 7 days", "past week"],
  },
  { key: "nextMonth", words: ["mois prochain", "next month", "الشهر القادم"] },
  { key: "thisMonth", words: ["ce mois", "this month", "هذا الشهر"] },
  { key: "today", words: ["aujourd hui", "today", "اليوم", "ce jour"] },
];

/** A period a text names, as an interval of instants (weeks start on Monday, UTC). */
export function period(list: string[], now: Date): Period | null {
  const found = PERIODS.find((p) => hasAny(list, p.words));
  if (!found) return null;
  const week = monday(now);
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const ranges: Record<Period["key"], [Date, Date]> = {
    today: [startOfDay(now), addDays(startOfDay(now), 1)],
    thisWeek: [week, addDays(week, 7)],
    lastWeek: [addDays(week, -7), week],
    nextWeek: [addDays(week, 7), addDays(week, 14)],
    thisMonth: [month, nextMonth],
    nextMonth: [nextMonth, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1))],
  };
  const [from, to] = ranges[found.key];
  return { key: found.key, from, to };
}

const AMOUNT =
  /(\d{1,3}(?:[ .,\u202f]\d{3})+|\d+)(?:\s?(k))?(?:\s?(€|eur|euros?|\$|£|dh|dinars?|mad|يورو|دينار|درهم|دولار))?/g;
const MIN_WORDS = [
  "au moins",
  "minimum",
  "min",
  "at least",
  "plus de",
  "more than",
  "over",
  "above",
  "superieur*",
  "علي الاقل",
  "اكثر من",
];
const PAY_WORDS = [
  "paye*",
  "paid",
  "remunere*",
  "remuneration",
  "gratification",
  "stipend",
  "salaire",
  "salary",
  "indemnite*",
  "مدفوع",
  "راتب",
  "اجر",
];

/** A minimum monthly amount a text asks for ("payé au moins 1 000 €", "at least €800", "1k"), or null. */
export function minimumAmount(folded: string): number | null {
  for (const match of folded.matchAll(AMOUNT)) {
    const [whole, digits, k, currency] = match;
    const before = folded.slice(Math.max(0, match.index - 20), match.index);
    const prefixed = /[€$£]\s?$/.test(before);
    const named =
      MIN_WORDS.some((w) => before.includes(w.replace("*", ""))) ||
      PAY_WORDS.some((w) => before.includes(w.replace("*", "")));
    if (!currency && !k && !prefixed && !named) continue;
    if (/^20\d\d$/.test(digits!) && !currency) continue;
    const value = Number(digits!.replace(/[ .,\u202f]/g, "")) * (k ? 1000 : 1);
    if (value > 0 && value < 100_000 && whole) return value;
  }
  return null;
}

/** Whether a text asks for a paid internship, with or without an amount. */
export const asksPaid = (list: string[]) =>
  hasAny(list, PAY_WORDS) && !hasAny(list, ["non paye*", "unpaid", "non remunere*"]);

/** The stipend facet's buckets at or above an amount (a bucket the amount falls in counts). */
export function stipendBuckets(min: number | null, paid: boolean): string[] {
  if (min === null) return paid ? Object.keys(STIPEND_BUCKETS).filter((b) => b !== "none") : [];
  return Object.entries(STIPEND_BUCKETS)
    .filter(([bucket, [, upper]]) => bucket !== "none" && (upper === null || upper >= min))
    .map(([bucket]) => bucket);
}

const REMOTE_WORDS: Record<RemoteMode, string[]> = {
  HYBRID: ["hybride*", "hybrid", "mixte", "partial remote", "هجين"],
  REMOTE: [
    "teletravail",
    "full remote",
    "remote",
    "a distance",
    "distanciel",
    "from home",
    "عن بعد",
    "100 teletravail",
  ],
  ON_SITE: ["sur site", "presentiel", "on site", "onsite", "in office", "au bureau", "حضوري"],
};

/** The remote modes a text names (hybrid before remote: "hybride" is not "télétravail complet"). */
export function remoteModes(list: string[]): RemoteMode[] {
  if (hasAny(list, REMOTE_WORDS.HYBRID)) return ["HYBRID"];
  return (["REMOTE", "ON_SITE"] as const).filter((mode) => hasAny(list, REMOTE_WORDS[mode]));
}

/** Words that name each offer field; the field's own name counts too. */
const FIELD_WORDS: Record<OfferField, string[]> = {
  "Software engineering": [
    "developpeur*",
    "developpement",
    "developer*",
    "development",
    "software",
    "logiciel*",
    "informatique",
    "dev",
    "web",
    "backend",
    "frontend",
    "fullstack",
    "برمجه",
    "مطور",
    "تطوير",
    "=ويب",
  ],
  "Data science": [
    "data",
    "donnees",
    "data science",
    "datascience",
    "data scientist",
    "data analyst",
    "machine learning",
    "ia",
    "ai",
    "بيانات",
  ],
  Cybersecurity: ["cyber*", "securite informatique", "security", "pentest*", "امن", "سيبراني*"],
  Design: ["design*", "ux", "ui", "graphi*", "تصميم"],
  Marketing: ["marketing", "digital marketing", "seo", "تسويق"],
  Finance: ["finance*", "financial", "comptab*", "accounting", "audit", "banque", "bank*", "ماليه"],
  "Mechanical engineering": ["mecanique", "mechanical", "mecanic*", "ميكانيك*"],
  "Supply chain": ["supply chain", "logistique", "logistics", "achats", "procurement", "لوجست*"],
  "Electrical engineering": ["electrique", "electrical", "electronique", "electronics", "كهرباء"],
  Chemistry: ["chimie", "chemistry", "chemical", "كيمياء"],
  Biology: ["biologie", "biology", "biotech*", "احياء"],
  Law: ["droit", "juridique", "law", "legal", "juriste", "قانون"],
  "Human resources": ["ressources humaines", "rh", "hr", "human resources", "recrutement", "موارد بشريه"],
  Communication: ["communication", "relations presse", "pr", "اتصال"],
  Other: [],
};

/** The offer fields a text names, and the words that named them (kept out of the free-text query). */
export function fields(list: string[]): { fields: OfferField[]; used: Set<number> } {
  const used = new Set<number>();
  const found: OfferField[] = [];
  for (const field of OFFER_FIELDS) {
    for (const keyword of [fold(field), ...FIELD_WORDS[field]]) {
      const at = findKeyword(list, keyword);
      if (at < 0) continue;
      // Short words (ia, ux, rh, hr, pr, dev) only as they are, never as typos of something else
      // (the Arabic article aside: "الامن" is "امن").
      if (keyword.length <= 3 && list[at]!.replace(/^ال(?=\p{Script=Arabic}{2})/u, "") !== keyword) continue;
      if (!found.includes(field)) found.push(field);
      keyword.split(" ").forEach((_, j) => used.add(at + j));
    }
  }
  return { fields: found, used };
}

/** Other names of the cities offers are stored under (French, English and Arabic exonyms). */
const CITY_ALIASES: Record<string, string[]> = {
  Brussels: ["bruxelles", "brussel", "بروكسل"],
  Geneva: ["geneve", "genf", "جنيف"],
  London: ["londres", "لندن"],
  Munich: ["munchen", "ميونخ"],
  Paris: ["باريس"],
  Lyon: ["ليون"],
  Casablanca: ["الدار البيضاء", "dar el beida"],
  Tunis: ["تونس"],
  Algiers: ["alger", "الجزائر"],
  Berlin: ["برلين"],
  Lille: ["ليل"],
  Nantes: ["نانت"],
  Bordeaux: ["بوردو"],
  Grenoble: ["غرونوبل", "جرونوبل"],
  Marseille: ["مرسيليا"],
  Toulouse: ["تولوز"],
};

/** The cities a text names, by their stored name or an alias. */
export function citiesIn(list: string[], cities: readonly string[]): { names: string[]; used: Set<number> } {
  const direct = namesIn(list, cities);
  for (const city of cities) {
    if (direct.names.includes(city)) continue;
    for (const alias of CITY_ALIASES[city] ?? []) {
      const at = findKeyword(list, alias);
      if (at < 0) continue;
      direct.names.push(city);
      alias.split(" ").forEach((_, j) => direct.used.add(at + j));
      break;
    }
  }
  return direct;
}

/** The names of a vocabulary (cities, skills, offer titles) a text names, longest first, whole words only. */
export function namesIn(list: string[], names: readonly string[]): { names: string[]; used: Set<number> } {
  const used = new Set<number>();
  const found: string[] = [];
  const sorted = [...names].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    const keyword = fold(name)
      .replace(/[.,/-]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (!keyword) continue;
    const parts = keyword.split(" ");
    const at = list.findIndex((_, i) =>
      parts.every((part, j) => {
        const word = list[i + j];
        return word !== undefined && !used.has(i + j) && (part.length >= 5 ? wordMatches(word, part) : word === part);
      }),
    );
    if (at < 0) continue;
    found.push(name);
    parts.forEach((_, j) => used.add(at + j));
  }
  return { names: found, used };
}
