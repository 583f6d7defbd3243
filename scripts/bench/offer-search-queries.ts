import type pg from "pg";
import { searchOffers } from "../../lib/offers/search-offers";
import { searchInput } from "../../lib/offers/search-schema";

export type BenchQuery = { family: string; url: string };

/** The URL of the page after `pages` pages of `url` (deep pages carry a real cursor). */
async function deepPage(url: string, pages: number): Promise<string> {
  const params = new URLSearchParams(url);
  for (let page = 0; page < pages; page++) {
    const { nextCursor } = await searchOffers(searchInput(params));
    if (!nextCursor) throw new Error(`${url} has fewer than ${pages} pages`);
    params.set("cursor", nextCursor);
  }
  return params.toString();
}

/**
 * The 30 fixed queries: what students type (rare and common words, French and English, typos),
 * what they click (facets, alone and combined) and how far they page. The enterprise and the
 * start month are read from the data, being ids and dates.
 */
export async function benchQueries(pool: pg.Pool): Promise<BenchQuery[]> {
  const enterprise = (
    await pool.query(`select "enterpriseId" as id from "Offer" group by 1 order by count(*) desc limit 1`)
  ).rows[0].id;
  const month = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 3, 1))
    .toISOString()
    .slice(0, 7);
  const q = (text: string, extra = "") => `q=${encodeURIComponent(text)}${extra}`;
  return [
    ...[
      "kubernetes",
      "figma",
      "solidworks",
      "cybersécurité",
      "juriste droit des affaires",
      "React Native",
      "Penetration testing",
      "biologie cellulaire",
    ].map((text) => ({ family: "selective", url: q(text) })),
    ...["developeur", "kubernets", "machine lerning"].map((text) => ({ family: "typo", url: q(text) })),
    ...["data", "python", "marketing", "stage lyon", "ingénieur", "developer"].map((text) => ({
      family: "common",
      url: q(text),
    })),
    ...[
      "",
      "remote=REMOTE",
      "city=Paris",
      "field=Data+science&field=Software+engineering",
      "skills=Python",
      "duration=17to24&stipend=900to1199",
      `country=FR&remote=HYBRID&start=${month}`,
      `enterprise=${enterprise}`,
      q("python", "&city=Lyon"),
      q("marketing", "&remote=REMOTE&sort=deadline"),
    ].map((url) => ({ family: "facets", url })),
    { family: "deep", url: await deepPage("", 30) },
    { family: "deep", url: await deepPage("sort=deadline", 20) },
    { family: "deep", url: await deepPage(q("python"), 10) },
  ];
}
