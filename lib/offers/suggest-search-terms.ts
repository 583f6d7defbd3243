import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { offerSuggestSchema, type SuggestionKind } from "./search-schema";
import { editDistance, foldWord } from "./search-words";
import { visibleOfferSql as VISIBLE } from "./visible-offer";

const { sql } = Prisma;

/**
 * One suggestion for the search field: the text to search, what it is, and how many open offers
 * carry it. Skills, cities and enterprises also name the filter that selecting them may apply
 * (`facet`, `value`: the enterprise's id, the skill's or city's name).
 */
export type Suggestion = {
  kind: SuggestionKind;
  text: string;
  offers: number;
  facet?: "skills" | "city" | "enterprise";
  value?: string;
};

type Entry = Suggestion & { words: string[] };
type Index = { entries: Entry[]; byFirstLetter: Map<string, { word: string; entries: number[] }[]> };

/** The most frequent distinct titles kept (a bound on memory and on the time to build the index). */
const MAX_TITLES = 5_000;
/** The index is rebuilt in the background when older than this: suggestions may lag this much. */
const TTL_MS = 5 * 60_000;
const KIND_ORDER: Record<SuggestionKind, number> = { skill: 0, title: 1, city: 2, enterprise: 3 };

const holder = globalThis as { offerSuggestIndex?: { index: Promise<Index>; builtAt: number; rebuilding?: boolean } };

const wordsOf = (text: string) => foldWord(text).match(/[a-z0-9]+/g) ?? [];

type Row = { kind: SuggestionKind; text: string; value: string | null; offers: number };

/** The titles, skills, cities and enterprises of the visible offers, with how many offers each. */
async function buildIndex(): Promise<Index> {
  const rows = await db.$queryRaw<Row[]>(sql`
    with visible as materialized (
      select o.title, o.city, o."enterpriseId", o."searchSkills" from "Offer" o where ${VISIBLE}
    )
    (select 'title' as kind, title as text, null as value, count(*)::int as offers
      from visible group by title order by count(*) desc, title limit ${MAX_TITLES})
    union all
    (select 'skill', coalesce(k.name::text, s.skill), s.skill, count(*)::int
      from visible v, unnest(v."searchSkills") as s(skill) left join "Skill" k on k.name = s.skill::citext
      group by 2, 3)
    union all
    (select 'city', min(city), min(city), count(*)::int from visible group by lower(city))
    union all
    (select 'enterprise', e.name, e.id, count(*)::int
      from visible v join "Enterprise" e on e.id = v."enterpriseId" group by e.id, e.name)`);
  const facet = { title: undefined, skill: "skills", city: "city", enterprise: "enterprise" } as const;
  const entries: Entry[] = rows.map((row) => ({
    kind: row.kind,
    text: row.text,
    offers: row.offers,
    ...(facet[row.kind] ? { facet: facet[row.kind], value: row.value ?? row.text } : {}),
    words: wordsOf(row.text),
  }));
  // Every distinct word, under its first letter, with the entries that contain it.
  const byWord = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    for (const word of new Set(entry.words)) byWord.set(word, [...(byWord.get(word) ?? []), position]);
  });
  const byFirstLetter: Index["byFirstLetter"] = new Map();
  for (const [word, list] of byWord) {
    const bucket = byFirstLetter.get(word[0]!) ?? [];
    bucket.push({ word, entries: list });
    byFirstLetter.set(word[0]!, bucket);
  }
  return { entries, byFirstLetter };
}

/** The index of this process: built on first use, rebuilt in the background once stale (the old one keeps answering). */
function currentIndex(): Promise<Index> {
  const now = Date.now();
  const current = holder.offerSuggestIndex;
  if (!current) {
    const index = buildIndex();
    holder.offerSuggestIndex = { index, builtAt: now };
    index.catch(() => (holder.offerSuggestIndex = undefined));
    return index;
  }
  if (current.builtAt + TTL_MS < now && !current.rebuilding) {
    current.rebuilding = true;
    buildIndex().then(
      (index) => (holder.offerSuggestIndex = { index: Promise.resolve(index), builtAt: Date.now() }),
      () => (current.rebuilding = false),
    );
  }
  return current.index;
}

/** Drops the index (tests, and after bulk changes): the next call builds it again. */
export function forgetSuggestions(): void {
  holder.offerSuggestIndex = undefined;
}

/** How many edits a typed word of this length may carry (as the search's typo correction: none below 4 letters). */
const allowedEdits = (length: number) => (length < 4 ? 0 : length >= 8 ? 2 : 1);

/**
 * How far `typed` is from the start of `word` (0: `word` starts with it), or null when farther
 * than allowed. A finished word (not the last one typed) must match a whole word.
 */
function distanceTo(typed: string, word: string, prefix: boolean): number | null {
  if (prefix ? word.startsWith(typed) : word === typed) return 0;
  const edits = allowedEdits(typed.length);
  if (edits === 0) return null;
  let best = Infinity;
  if (prefix) {
    for (
      let length = Math.max(1, typed.length - edits);
      length <= Math.min(word.length, typed.length + edits);
      length++
    )
      best = Math.min(best, editDistance(typed, word.slice(0, length)));
  } else if (Math.abs(word.length - typed.length) <= edits) best = editDistance(typed, word);
  return best <= edits ? best : null;
}

/**
 * Suggestions for the search field as the visitor types: titles, skills, cities and enterprises
 * of the open offers whose words begin with the typed words, forgiving typos (`devlop`, `pyhton`,
 * `marketting`: one edit from 4 letters, two from 8, first letter kept). Every typed word must
 * match a word of the suggestion, the last one as a beginning. Exact matches come first, then by
 * kind (skills, titles, cities, enterprises) and the number of offers. Public, reads only; the
 * terms come from an in-memory index of this process, rebuilt every few minutes (decision 0019).
 */
export async function suggestSearchTerms(input: unknown): Promise<{ items: Suggestion[] }> {
  const { q, limit } = await validate(offerSuggestSchema, input);
  const typed = wordsOf(q);
  if (typed.length === 0 || typed.join("").length < 2) return { items: [] };
  const index = await currentIndex();
  // For each typed word: the entries holding a near word, and the smallest distance for each.
  let scores: Map<number, number> | null = null;
  typed.forEach((word, position) => {
    const prefix = position === typed.length - 1;
    const found = new Map<number, number>();
    for (const candidate of index.byFirstLetter.get(word[0]!) ?? []) {
      const distance = distanceTo(word, candidate.word, prefix);
      if (distance === null) continue;
      for (const entry of candidate.entries) found.set(entry, Math.min(found.get(entry) ?? Infinity, distance));
    }
    if (scores === null) scores = found;
    else {
      const previous: Map<number, number> = scores;
      scores = new Map();
      for (const [entry, distance] of found) {
        const before = previous.get(entry);
        if (before !== undefined) scores.set(entry, before + distance);
      }
    }
  });
  const ranked = [...(scores ?? new Map<number, number>())]
    .map(([position, distance]) => ({ entry: index.entries[position]!, distance }))
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
        b.entry.offers - a.entry.offers ||
        a.entry.text.localeCompare(b.entry.text),
    );
  return { items: ranked.slice(0, limit).map(({ entry: { words: _words, ...suggestion } }) => suggestion) };
}
