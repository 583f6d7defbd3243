import type { Tx } from "@/lib/core/db";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseWords, wordsQuery } from "./search-sql";

const { sql } = Prisma;

/** Lower-case, without accents: the form of the words in SearchWord and in the search documents. */
export const foldWord = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Words shorter than this are never corrected: too many real words lie one letter away. */
const MIN_CORRECTED = 4;

/**
 * Remembers the words of the given offers that are published (title, skills, field, place,
 * enterprise, text), so that a later search can correct a typo into one of them. Words of drafts
 * are never suggested. Words are only added: one left by a closed offer corrects into a search
 * that finds nothing, which the page shows as such.
 */
export async function rememberSearchWords(tx: Tx, offerIds: string[]): Promise<void> {
  if (offerIds.length === 0) return;
  await tx.$executeRaw(searchWordsSql(offerIds));
}

/** The statement of rememberSearchWords (the benchmark's generator runs it in bulk). */
export function searchWordsSql(offerIds: string[]): Prisma.Sql {
  return sql`
    insert into "SearchWord" (word)
    select distinct w.word
    from "Offer" o
    join "Enterprise" e on e.id = o."enterpriseId",
    lateral regexp_split_to_table(lower(unaccent(concat_ws(' ', o.title, array_to_string(o."searchSkills", ' '),
      o.field, o.city, e.name, o.description, o.missions))), '[^a-z0-9]+') as w(word)
    where o.id = any(${offerIds}) and o.status = 'PUBLISHED'
      and length(w.word) between 3 and 30 and w.word !~ '^[0-9]+$'
    on conflict do nothing`;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbours (`pyhton`, `javascrpit`) each cost one.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may carry and still be recognised. */
const allowedEdits = (length: number) => (length >= 8 ? 2 : 1);

/**
 * The nearest known word to `typed` among `candidates` (most similar first), or null when none is
 * close enough. At equal distance the word sharing the first letter wins, then the most similar
 * (`developeur` is one edit from both `developer` and `developpeur`, and shares more with the latter).
 */
export function nearestWord(typed: string, candidates: string[]): string | null {
  let best: { word: string; distance: number } | null = null;
  for (const word of candidates) {
    const distance = editDistance(typed, word);
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && word[0] === typed[0] && best.word[0] !== typed[0])
    )
      best = { word, distance };
  }
  return best && best.distance <= allowedEdits(typed.length) ? best.word : null;
}

type WordRow = { typed: string; known: boolean; candidates: string[]; parsed: string };

/**
 * The words to search, with typos corrected, and their parsed query (search-sql.ts, matchQuery):
 * one statement when nothing needs correcting, two when something does.
 */
export async function prepareWords(
  typed: string,
): Promise<{ words: string; parsed: string; corrections: Map<string, string> }> {
  const { corrections, parsed } = await lookUpWords(typed);
  if (corrections.size === 0) return { words: typed, parsed: parsed ?? (await parseWords(typed)), corrections };
  const words = applyCorrections(typed, corrections);
  return { words, parsed: await parseWords(words), corrections };
}

/**
 * The corrections of the typos in `words`: each word of at least four letters that no published
 * offer contains maps to the nearest word that one does (found by trigrams, or by the same first
 * two letters for swapped letters, which share few trigrams), when it is close enough.
 */
export async function findCorrections(words: string): Promise<Map<string, string>> {
  return (await lookUpWords(words)).corrections;
}

async function lookUpWords(words: string): Promise<{ corrections: Map<string, string>; parsed?: string }> {
  const corrections = new Map<string, string>();
  const tokens = [...new Set((words.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord))].filter(
    (token) => token.length >= MIN_CORRECTED && token.length <= 30 && !/^\d+$/.test(token),
  );
  if (tokens.length === 0) return { corrections };
  const rows = await db.$queryRaw<WordRow[]>(sql`
    select t.typed, ${wordsQuery(words)}::text as parsed, k.known, case when k.known then '{}'::text[] else array(
        select c.word from (
          (select s.word from "SearchWord" s where s.word % t.typed order by similarity(s.word, t.typed) desc limit 12)
          union
          (select s.word from "SearchWord" s
            where s.word >= left(t.typed, 2) and s.word < left(t.typed, 2) || 'zzzzzzzz'
              and left(s.word, 2) = left(t.typed, 2) and abs(length(s.word) - length(t.typed)) <= 2 limit 200)
        ) c order by similarity(c.word, t.typed) desc, c.word
      ) end as candidates
    from unnest(${tokens}::text[]) as t(typed),
    lateral (select exists (select 1 from "SearchWord" s where s.word = t.typed) as known) k`);
  for (const row of rows) {
    const nearest = row.known ? null : nearestWord(row.typed, row.candidates);
    if (nearest) corrections.set(row.typed, nearest);
  }
  return { corrections, parsed: rows[0]?.parsed };
}

/** `text` with the corrected words replaced (other words, spaces and operators kept as typed). */
export const applyCorrections = (text: string, corrections: Map<string, string>) =>
  corrections.size === 0 ? text : text.replace(/[\p{L}\p{N}]+/gu, (token) => corrections.get(foldWord(token)) ?? token);
