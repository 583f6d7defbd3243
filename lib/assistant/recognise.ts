import type { Role } from "@/lib/generated/prisma/enums";
import type { OFFER_FIELDS, REMOTE_MODES } from "@/lib/offers/offer-options";
import {
  asksPaid,
  citiesIn,
  isMonth,
  fields,
  minimumAmount,
  namesIn,
  period,
  remoteModes,
  startMonths,
  stipendBuckets,
  type Period,
} from "./entities";
import {
  DECISION_VERBS,
  INTENT_CUES,
  INTENT_ROLES,
  MANAGE_VERBS,
  POSSESSIVES,
  SEARCH_NOUNS,
  SEARCH_VERBS,
  type Intent,
} from "./intents";
import { findKeyword, fold, hasAny, wordMatches, words } from "./text";

/** The platform's own vocabularies the recogniser looks names up in. */
export type Vocabulary = { cities: readonly string[]; skills: readonly string[]; offerTitles?: readonly string[] };

/** An offer search in the facets of the search page (lib/offers/search-schema.ts), plus the amount asked for. */
export type ProposedSearch = {
  q: string;
  facets: {
    city: string[];
    remote: (typeof REMOTE_MODES)[number][];
    field: (typeof OFFER_FIELDS)[number][];
    start: string[];
    stipend: string[];
    skills: string[];
  };
  minStipend: number | null;
};

export type Recognition = {
  /** null: not understood (the question is logged for staff). */
  intent: Intent | null;
  /** The question's language, when its words tell. */
  language: "fr" | "en" | "ar" | null;
  /** Whether the intent answers for the caller's role. */
  forRole: boolean;
  period: Period | null;
  /** Own offers named ("to the data offer"). */
  offers: string[];
  search: ProposedSearch | null;
};

const FR = [
  "je",
  "mon",
  "ma",
  "mes",
  "quel*",
  "quand",
  "est",
  "sont",
  "ou",
  "qui",
  "les",
  "des",
  "un",
  "une",
  "pour",
  "que",
  "stage",
  "quoi",
  "manque",
  "cette",
  "pas",
  "ont",
  "a",
  "à",
  "de",
];
const EN = [
  "my",
  "i",
  "is",
  "are",
  "what",
  "when",
  "where",
  "which",
  "who",
  "the",
  "an",
  "for",
  "to",
  "of",
  "internship",
  "have",
  "has",
  "this",
  "not",
  "do",
  "does",
];

function languageOf(text: string, list: string[]): Recognition["language"] {
  if (/\p{Script=Arabic}/u.test(text)) return "ar";
  const count = (vocab: string[]) => list.filter((w) => vocab.includes(w)).length;
  const fr = count(FR);
  const en = count(EN);
  if (fr === en) return null;
  return fr > en ? "fr" : "en";
}

/** Words that carry no search meaning once facets are read: they never go into the free-text query. */
const FILLER = new Set(
  (
    "je j cherche recherche trouve trouver voudrais veux aimerais souhaite un une des de du le la les l d a au aux en et ou " +
    "stage stages alternance offre offres annonce annonces pour avec sans dans sur qui que quel quelle quels quelles moi me " +
    "partir paye payee payes remunere remuneree au moins minimum min plus mois par euro euros eur € k debut " +
    "on i m am looking look for find search show me an a the in at with from starting start paid least month per internship internships " +
    "placement offers offer any some there is are please s il vous plait svp y t job jobs role position " +
    "ابحث عن اريد تدريب في من على " +
    "ما هي هو هل توجد يوجد هناك عروض عرض التدريب تدريبات التدريبات بنظام ابتداء يورو شهريا شهر الشهر اود لي علي الاقل اقل راتب براتب منحه بمنحه التي الذي الذين"
  ).split(" "),
);

function offerSearch(text: string, folded: string, list: string[], vocab: Vocabulary, now: Date): ProposedSearch {
  const used = new Set<number>();
  const mark = (set: Set<number>) => set.forEach((i) => used.add(i));
  const cities = citiesIn(list, vocab.cities);
  mark(cities.used);
  const field = fields(list);
  mark(field.used);
  const skills = namesIn(
    list.map((w, i) => (used.has(i) ? "" : w)),
    vocab.skills,
  );
  mark(skills.used);
  const start = startMonths(list, now);
  const min = minimumAmount(folded);
  const remote = remoteModes(list);
  // What no facet took, and is not a filler, a number, a month or a remote word, stays as free text.
  const rest = list.filter(
    (w, i) =>
      !used.has(i) &&
      !FILLER.has(w) &&
      !/^[\d.,€$£k]+$/.test(w) &&
      !isMonth(w) &&
      !hasAny([w], SEARCH_VERBS) &&
      remoteModes([w]).length === 0 &&
      !hasAny(
        [w],
        [
          "hybride*",
          "teletravail",
          "remote",
          "distance",
          "presentiel",
          "site",
          "onsite",
          "paye*",
          "remunere*",
          "مدفوع*",
          "=بعد",
          "gratification",
          "stipend",
          "semaine*",
          "prochain*",
        ],
      ),
  );
  void text;
  return {
    q: rest.join(" ").slice(0, 200),
    facets: {
      city: cities.names,
      remote,
      field: field.fields,
      start,
      stipend: stipendBuckets(min, asksPaid(list)),
      skills: skills.names.map((s) => s.toLowerCase()),
    },
    minStipend: min,
  };
}

/** Title words too common to name one offer. */
const COMMON_TITLE_WORDS = new Set([
  "stage",
  "stagiaire",
  "intern",
  "internship",
  "junior",
  "senior",
  "assistant",
  "h",
  "f",
]);

/** The own offers a question names by a distinctive word of their title ("the data offer"), best match first. */
function offersNamed(list: string[], titles: readonly string[]): string[] {
  const scored = titles
    .map((title) => {
      const significant = words(fold(title)).filter(
        (w) => w.length >= 3 && !COMMON_TITLE_WORDS.has(w) && !FILLER.has(w),
      );
      return { title, hits: significant.filter((w) => list.some((word) => wordMatches(word, w))).length };
    })
    .filter((s) => s.hits > 0);
  const best = Math.max(0, ...scored.map((s) => s.hits));
  return scored.filter((s) => s.hits === best).map((s) => s.title);
}

const facetCount = (search: ProposedSearch) =>
  Object.values(search.facets).filter((values) => values.length > 0).length;

function score(intent: Exclude<Intent, "offerSearch">, list: string[]): number {
  const cues = INTENT_CUES[intent];
  const anchors = cues.anchor.reduce((sum, group) => sum + (hasAny(list, group.words) ? group.weight : 0), 0);
  if (anchors === 0) return 0;
  const boosts = (cues.boost ?? []).filter((k) => findKeyword(list, k) >= 0).length;
  return anchors + 0.5 * Math.min(boosts, 3);
}

/**
 * Reads a question: its intent among those of the caller's role (another role's intent is named,
 * not answered), the period, own offers and an offer search it names. No external service.
 */
export function recognise(text: string, role: Role, vocab: Vocabulary, now = new Date()): Recognition {
  const folded = fold(text);
  const list = words(folded);
  const language = languageOf(text, list);
  const when = period(list, now);
  const offers = offersNamed(list, vocab.offerTitles ?? []);
  const search = offerSearch(text, folded, list, vocab, now);

  const scores = (Object.keys(INTENT_CUES) as Exclude<Intent, "offerSearch">[])
    .map((intent) => {
      let value = score(intent, list);
      const mine = INTENT_ROLES[intent].includes(role);
      if (value > 0 && mine) value += 1.5;
      // "Who applied this week": the period leans to the recent applicants, "pending" to the waiting ones.
      if (intent === "recentApplicants" && value > 0 && mine && (when || hasAny(list, ["qui", "who", "من"])))
        value += 1;
      if (intent === "pendingApplications" && value > 0 && role === "ENTERPRISE" && !when) value += 0.5;
      if (intent === "help") value = value > 0 && list.length <= 8 ? value : 0;
      return { intent, value, mine };
    })
    .filter((s) => s.value > 0)
    .sort((a, b) => b.value - a.value);

  const verbs = hasAny(list, SEARCH_VERBS);
  const nouns = hasAny(list, SEARCH_NOUNS);
  // An enterprise naming one of its own offers speaks of it as of "my offer", not of a search.
  const possessive = hasAny(list, POSSESSIVES) || (role === "ENTERPRISE" && offers.length > 0);
  const facets = facetCount(search);
  // Publishing, editing or deleting an offer is an action, never a search (and the assistant never acts).
  const decides = hasAny(list, DECISION_VERBS);
  const manages = decides || hasAny(list, MANAGE_VERBS);
  const searchScore = manages
    ? 0
    : (verbs ? 2 : 0) + (nouns && !possessive ? 1 : 0) + facets * 1.5 - (possessive ? 1.5 : 0);

  // "Reject all applicants": the assistant never decides, so it does not answer as if asked a question.
  const best = decides ? undefined : scores[0];
  const dataWins = best && best.intent !== "help" && best.value >= searchScore;
  let intent: Intent | null;
  if (dataWins) intent = best.intent;
  else if (searchScore >= 2 && (facets > 0 || verbs)) intent = "offerSearch";
  else intent = best?.intent ?? null;

  return {
    intent,
    language,
    forRole: intent === null || INTENT_ROLES[intent].includes(role),
    period: when,
    offers,
    search: intent === "offerSearch" ? search : null,
  };
}
