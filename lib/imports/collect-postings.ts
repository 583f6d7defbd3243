import type { AtsProvider, ImportKind } from "@/lib/generated/prisma/enums";
import { FetchFailure, type Fetcher, type Validators } from "./fetcher";
import { parseAts } from "./parse-ats";
import { parseFeed } from "./parse-feed";
import { fromJobPosting, jobPostingsIn, sitemapLocations } from "./parse-json-ld";
import type { RawPosting } from "./posting";
import type { RunProblem } from "./source-view";

export type KnownItem = {
  id: string;
  externalId: string;
  url: string;
  etag: string | null;
  lastModified: string | null;
  goneAt: Date | null;
};

export type Collected = {
  /** Each posting with the validators and URL of the page it was read from (the feed's own URL for feeds). */
  postings: { posting: RawPosting; validators: Validators; pageUrl: string }[];
  /** Known items whose page or feed answered 304 (or could not be read this time): kept as they are. */
  kept: Set<string>;
  /** Known items whose page answered 404/410 or no longer carries a posting. */
  gone: Set<string>;
  /** The list was read in full: a known item in none of the sets above was removed from it. */
  complete: boolean;
  errors: RunProblem[];
  skips: RunProblem[];
  /** The source URL's new validators (when it answered 200). */
  validators: Validators | null;
  /** The source URL itself could not be read or parsed: the run failed. */
  failed: boolean;
};

const MAX_PAGES = 500;
const MAX_SITEMAPS = 10;
const problem = (error: unknown, url: string): RunProblem =>
  error instanceof FetchFailure
    ? { url: error.url, reason: error.reason, ...(error.message && { detail: error.message.slice(0, 300) }) }
    : { url, reason: "unreadable", detail: String((error as Error)?.message ?? error).slice(0, 300) };

/**
 * Reads a source: its feed, job board or sitemap (conditionally, with the validators of the last run),
 * then, for pages, each page with its own validators. Nothing here writes; run-import.ts applies it.
 */
export async function collectPostings(
  source: {
    url: string;
    kind: ImportKind;
    atsProvider: AtsProvider | null;
    etag: string | null;
    lastModified: string | null;
  },
  fetcher: Fetcher,
  known: KnownItem[],
): Promise<Collected> {
  const out: Collected = {
    postings: [],
    kept: new Set(),
    gone: new Set(),
    complete: false,
    errors: [],
    skips: [],
    validators: null,
    failed: false,
  };
  const live = known.filter((item) => !item.goneAt);
  const keepAll = () => live.forEach((item) => out.kept.add(item.id));
  let first;
  try {
    first = await fetcher.get(
      source.url,
      source,
      source.kind === "ATS_FEED" ? "application/json, application/xml" : "*/*",
    );
  } catch (error) {
    out.errors.push(problem(error, source.url));
    return { ...out, failed: true, kept: new Set(live.map((item) => item.id)) };
  }
  if (first.status === "disallowed" || first.status === "gone") {
    out.errors.push({ url: source.url, reason: first.status === "gone" ? "sourceGone" : "disallowedByRobots" });
    keepAll();
    return { ...out, failed: true };
  }
  if (first.status === "ok") out.validators = { etag: first.etag, lastModified: first.lastModified };

  if (source.kind !== "JSON_LD") {
    if (first.status === "not-modified") {
      keepAll();
      return out;
    }
    try {
      const postings =
        source.kind === "RSS" ? parseFeed(first.body) : parseAts(source.atsProvider!, first.body, first.url);
      out.postings = postings.map((posting) => ({ posting, validators: {}, pageUrl: posting.url }));
      out.complete = true;
    } catch (error) {
      out.errors.push({
        url: source.url,
        reason: "malformedFeed",
        detail: String((error as Error).message).slice(0, 300),
      });
      out.failed = true;
      out.validators = null;
      keepAll();
    }
    return out;
  }

  // JSON-LD: the source is a page of postings, or a sitemap (index) of such pages.
  let pages: string[];
  if (first.status === "not-modified") {
    pages = [...new Set(live.map((item) => item.url))];
  } else if (/<(urlset|sitemapindex)[\s>]/.test(first.body)) {
    const errorsBefore = out.errors.length;
    pages = await sitemapPages(first.body, fetcher, out);
    // A child sitemap that could not be read hides its pages: nothing counts as removed this time.
    out.complete = out.errors.length === errorsBefore;
  } else {
    readPage(first.url, first.body, { etag: first.etag, lastModified: first.lastModified }, live, out);
    pages = [];
    out.complete = true;
  }
  for (const page of pages.slice(0, MAX_PAGES)) {
    const onPage = live.filter((item) => item.url === page);
    try {
      const result = await fetcher.get(page, onPage[0] ?? {}, "text/html");
      if (result.status === "disallowed") {
        out.skips.push({ url: page, reason: "disallowedByRobots" });
        onPage.forEach((item) => out.kept.add(item.id));
      } else if (result.status === "not-modified") onPage.forEach((item) => out.kept.add(item.id));
      else if (result.status === "gone") onPage.forEach((item) => out.gone.add(item.id));
      else readPage(page, result.body, { etag: result.etag, lastModified: result.lastModified }, onPage, out);
    } catch (error) {
      out.errors.push(problem(error, page));
      onPage.forEach((item) => out.kept.add(item.id));
    }
  }
  return out;
}

function readPage(url: string, html: string, validators: Validators, onPage: KnownItem[], out: Collected) {
  const { postings, malformed } = jobPostingsIn(html);
  if (malformed) out.errors.push({ url, reason: "malformedJsonLd" });
  const found = postings.map((node) => fromJobPosting(node, url)).filter((p): p is RawPosting => Boolean(p));
  if (found.length === 0 && !malformed) out.skips.push({ url, reason: "noJobPosting" });
  // A page whose JSON-LD could not be read keeps its items; one that dropped its posting loses them.
  if (malformed && found.length === 0) onPage.forEach((item) => out.kept.add(item.id));
  else {
    const ids = new Set(found.map((posting) => posting.externalId));
    onPage.filter((item) => !ids.has(item.externalId)).forEach((item) => out.gone.add(item.id));
  }
  for (const posting of found) out.postings.push({ posting, validators, pageUrl: url });
}

async function sitemapPages(xml: string, fetcher: Fetcher, out: Collected): Promise<string[]> {
  const { pages, sitemaps } = sitemapLocations(xml);
  for (const child of sitemaps.slice(0, MAX_SITEMAPS)) {
    try {
      const result = await fetcher.get(child, {}, "application/xml");
      if (result.status === "ok") pages.push(...sitemapLocations(result.body).pages);
      else out.skips.push({ url: child, reason: result.status });
    } catch (error) {
      out.errors.push(problem(error, child));
    }
  }
  return [...new Set(pages)];
}
