import * as cheerio from "cheerio";
import type { RawPosting } from "./posting";

/**
 * The items of an RSS 2.0 or Atom feed as postings: title, link, guid/id, description or
 * content/summary, publication date. Job feeds rarely say more; the normalisation reads the rest
 * (place, duration, internship words) from the text. A document that is neither throws.
 */
export function parseFeed(xml: string): RawPosting[] {
  const $ = cheerio.load(xml, { xml: true });
  if ($("rss, feed, rdf\\:RDF").length === 0) throw new Error("not an RSS or Atom feed");
  const rss = $("item")
    .map((_, element) => {
      const item = $(element);
      const url = item.children("link").first().text().trim();
      return {
        externalId: item.children("guid").first().text().trim() || url,
        url,
        title: item.children("title").first().text().trim(),
        description: item.children("content\\:encoded").first().text() || item.children("description").first().text(),
        employmentTypes: item
          .children("category")
          .map((__, c) => $(c).text().trim())
          .get(),
        datePosted: item.children("pubDate").first().text().trim() || null,
      } satisfies RawPosting;
    })
    .get();
  const atom = $("feed > entry")
    .map((_, element) => {
      const entry = $(element);
      const link =
        entry.children('link[rel="alternate"]').first().attr("href") ?? entry.children("link").first().attr("href");
      return {
        externalId: entry.children("id").first().text().trim() || String(link),
        url: String(link ?? ""),
        title: entry.children("title").first().text().trim(),
        description: entry.children("content").first().text() || entry.children("summary").first().text(),
        employmentTypes: entry
          .children("category")
          .map((__, c) => $(c).attr("term") ?? "")
          .get(),
        datePosted:
          entry.children("published").first().text().trim() || entry.children("updated").first().text().trim() || null,
      } satisfies RawPosting;
    })
    .get();
  return [...rss, ...atom].filter((posting) => posting.title && posting.url);
}
