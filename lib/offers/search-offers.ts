import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor } from "./search-cursor";
import { summarySql, toSummary, type SearchSummary } from "./search-facets";
import { itemsSql, toItemsPage, type OfferSearchItem, type OfferSearchRow } from "./search-items";
import { SEARCH_FACETS, offerSearchSchema, type OfferSearchQuery, type SearchSort } from "./search-schema";
import { and, facetConditions, searchWords } from "./search-sql";
import { cachedSummary } from "./search-summary-cache";

const { sql } = Prisma;

export type OfferSearchResult = { items: OfferSearchItem[]; nextCursor: string | null } & SearchSummary;
type PublishedWindow = { after: Date; until: Date };
type SummaryRow = { facet: string; value: string | null; count: number; label: string | null };

/**
 * Full-text offer search with facets and keyset pagination: the one search behind the search
 * page, GET /api/v1/offers/search and the saved-search digest. Public: it only ever returns
 * visible offers. The page and the counts are three statements run side by side; the counts do
 * not depend on the page or the sort and are reused for a minute (search-summary-cache.ts).
 */
export async function searchOffers(input: unknown): Promise<OfferSearchResult> {
  const query = await validate(offerSearchSchema, input);
  const plan = planSearch(query);
  const [rows, summary] = await Promise.all([
    runSearchStatement<OfferSearchRow>(plan.settings, plan.items),
    cachedSummary(plan.summaryKey, async () => {
      const parts = await Promise.all(
        plan.summary.map((statement) => runSearchStatement<SummaryRow>(plan.settings, statement)),
      );
      return toSummary(parts.flat(), query);
    }),
  ]);
  return { ...toItemsPage(rows, plan.sort, query.limit), ...summary };
}

/** Offers published in (after, until] that match a (validated) query, newest first: the digest's question. */
export async function searchNewOffers(query: OfferSearchQuery, window: PublishedWindow) {
  const plan = planSearch({ ...query, sort: "newest", cursor: undefined }, window);
  const rows = await runSearchStatement<OfferSearchRow>(plan.settings, plan.items);
  return toItemsPage(rows, plan.sort, query.limit);
}

/** The statements of a search; the benchmark runs these same statements through pg. */
export function planSearch(query: OfferSearchQuery, published?: PublishedWindow) {
  const words = searchWords(query.q);
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
    // Words are always found through the full-text index: a sequential scan would unpack every
    // offer's document, which the planner does not count. Hash tables of the counts fit in 32 MB,
    // the statements are too short to repay JIT compilation, and they already run side by side.
    settings: sql`select set_config('work_mem', '32MB', true), set_config('jit', 'off', true),
      set_config('max_parallel_workers_per_gather', '0', true), set_config('enable_seqscan', ${words ? "off" : "on"}, true)`,
    items: itemsSql({ words, where: and(conditions), sort, position, limit: query.limit }),
    summary: summarySql(query, words),
    summaryKey: JSON.stringify([words, ...SEARCH_FACETS.map((facet) => [...query[facet]].sort())]),
  };
}

async function runSearchStatement<T>(settings: Prisma.Sql, statement: Prisma.Sql): Promise<T[]> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw(settings);
    return tx.$queryRaw<T[]>(statement);
  });
}
