import type { SearchSummary } from "./search-facets";

/** How long counts are reused: they may lag this much behind writes made by another instance. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 500;

type Entry = { expiresAt: number; summary: Promise<SearchSummary> };
const holder = globalThis as { offerSearchSummaries?: Map<string, Entry> };
const entries = () => (holder.offerSearchSummaries ??= new Map());

/**
 * The total and facet counts of a search, reused for a minute. Counting means a pass over every
 * match (all 60,000 visible offers for a search without words), while the page of results is
 * always read fresh; so paging, changing the sort and popular searches cost one count a minute.
 * Concurrent identical searches share one computation.
 */
export function cachedSummary(key: string, compute: () => Promise<SearchSummary>): Promise<SearchSummary> {
  const cache = entries();
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expiresAt > now) return hit.summary;
  const summary = compute();
  cache.delete(key);
  cache.set(key, { expiresAt: now + TTL_MS, summary });
  summary.catch(() => cache.delete(key));
  // Map keeps insertion order: the first key is the oldest entry.
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return summary;
}

/** Drops every cached count; called whenever this instance rewrites an offer's search document. */
export function forgetSearchSummaries(): void {
  entries().clear();
}
