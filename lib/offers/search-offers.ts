import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor } from "./search-cursor";
import { rowsRead, summarySql, toSummary, type SearchSummary, type SummaryRow } from "./search-facets";
import { itemsSql, toItemsPage, type OfferSearchItem, type OfferSearchRow } from "./search-items";
import { SEARCH_FACETS, offerSearchSchema, type OfferSearchQuery, type SearchSort } from "./search-schema";
import { and, facetConditions, searchWords } from "./search-sql";
import { cachedSummary } from "./search-summary-cache";
import { applyCorrections, prepareWords } from "./search-words";

const { sql } = Prisma;

export type OfferSearchResult = {
  items: OfferSearchItem[];
  nextCursor: string | null;
  /** The query as searched when typos in it were corrected (`devloper` → `developer`), else null. */
  correctedQuery: string | null;
} & SearchSummary;
type PublishedWindow = { after: Date; until: Date };
/** Tuning for tests and benchmarks: the exact-count limit, and the sample's slots (else from the table's size). */
type Options = { exactCountLimit?: number; sampleSlots?: number };

/**
 * Counts are exact while a search reads at most this many matching offers, and estimated above
 * from the offers of a few sample slots, read as about this many (decision 0015).
 */
export const EXACT_COUNT_LIMIT = 4_000;
const SLOTS = 1024;

/**
 * Full-text offer search with facets and keyset pagination: the one search behind the search
 * page, GET /api/v1/offers/search and the saved-search digest. Public: it only ever returns
 * visible offers. Typos are corrected first (search-words.ts); then the page and the counts run
 * side by side, each statement on its own (no transaction holds a connection between them). The
 * counts do not depend on the page or the sort and are reused for a minute (search-summary-cache.ts),
 * but they are fast without: exact up to EXACT_COUNT_LIMIT matches, estimated above.
 */
export async function searchOffers(input: unknown, options: Options = {}): Promise<OfferSearchResult> {
  const query = await validate(offerSearchSchema, input);
  const { words, parsed, corrections } = await prepareWords(searchWords(query.q));
  const plan = planSearch(query, { words, parsed });
  const limit = options.exactCountLimit ?? EXACT_COUNT_LIMIT;
  const [rows, summary] = await Promise.all([
    db.$queryRaw<OfferSearchRow[]>(plan.items),
    cachedSummary(`${limit}:${options.sampleSlots}:${plan.summaryKey}`, () =>
      countMatches(plan, query, limit, options.sampleSlots),
    ),
  ]);
  const correctedQuery = corrections.size > 0 ? applyCorrections(query.q, corrections) : null;
  return { ...toItemsPage(rows, plan.sort, query.limit), correctedQuery, ...summary };
}

/** Offers published in (after, until] that match a (validated) query, newest first: the digest's question. */
export async function searchNewOffers(query: OfferSearchQuery, window: PublishedWindow) {
  const { words, parsed } = await prepareWords(searchWords(query.q));
  const plan = planSearch({ ...query, sort: "newest", cursor: undefined }, { words, parsed, published: window });
  return toItemsPage(await db.$queryRaw<OfferSearchRow[]>(plan.items), plan.sort, query.limit);
}

/**
 * The statements of a search, for words already corrected (by default the query's own); the
 * benchmark runs these same statements through pg.
 */
export function planSearch(
  query: OfferSearchQuery,
  options: { words?: string; parsed?: string; published?: PublishedWindow } = {},
) {
  const words = options.words ?? searchWords(query.q);
  const { published, parsed } = options;
  // Without words every match ranks the same, so relevance means newest.
  const sort: SearchSort =
    !words && (query.sort ?? "relevance") === "relevance" ? "newest" : (query.sort ?? "relevance");
  const position = query.cursor ? decodeCursor(query.cursor, sort) : null;
  const conditions = facetConditions(query).map(({ condition }) => condition);
  if (published) {
    conditions.push(sql`o."publishedAt" > ${published.after.toISOString()}::timestamptz`);
    conditions.push(sql`o."publishedAt" <= ${published.until.toISOString()}::timestamptz`);
  }
  return {
    sort,
    words,
    items: itemsSql({ words, parsed, where: and(conditions), sort, position, limit: query.limit }),
    summary: summarySql(query, words, undefined, parsed),
    /** The count statements restricted to the offers of slots below `slots` (out of 1024). */
    sampledSummary: (slots: number) => summarySql(query, words, slots, parsed),
    summaryKey: JSON.stringify([words, ...SEARCH_FACETS.map((facet) => [...query[facet]].sort())]),
  };
}

type SearchPlan = ReturnType<typeof planSearch>;

/**
 * The total and facet counts. When the table is large, the offers of the first slots (about
 * `limit` offers) are counted first; if the matches they predict exceed `limit`, their counts,
 * scaled, are the answer (flagged approximate); otherwise every match is counted, exactly.
 */
export async function countMatches(
  plan: SearchPlan,
  query: OfferSearchQuery,
  limit: number,
  slotsOverride?: number,
): Promise<SearchSummary> {
  const slots = slotsOverride ?? (await sampleSlots(limit));
  if (slots < SLOTS) {
    const sampled = await Promise.all(plan.sampledSummary(slots).map((s) => db.$queryRaw<SummaryRow[]>(s)));
    if ((rowsRead(sampled[0]!) * SLOTS) / slots > limit) return toSummary(sampled.flat(), query, SLOTS / slots);
  }
  const exact = await Promise.all(plan.summary.map((statement) => db.$queryRaw<SummaryRow[]>(statement)));
  return toSummary(exact.flat(), query);
}

/** The table's size as the planner last measured it (a statistic, read again every 5 minutes). */
const holder = globalThis as { offerTableSize?: { rows: number; readAt: number } };
const SIZE_TTL_MS = 5 * 60_000;

/** How many of the 1024 slots hold about `limit` offers (all of them for a small table). */
export async function sampleSlots(limit: number): Promise<number> {
  const now = Date.now();
  if (!holder.offerTableSize || holder.offerTableSize.readAt + SIZE_TTL_MS < now) {
    const [row] = await db.$queryRaw<{ rows: number }[]>(
      sql`select greatest(reltuples, 0)::float8 as rows from pg_class where oid = '"Offer"'::regclass`,
    );
    holder.offerTableSize = { rows: row?.rows ?? 0, readAt: now };
  }
  const rows = holder.offerTableSize.rows;
  return rows <= limit ? SLOTS : Math.max(1, Math.floor((SLOTS * limit) / rows));
}
