import { db } from "@/lib/core/db";
import { minorDigits } from "@/lib/core/money";
import { Prisma } from "@/lib/generated/prisma/client";
import { CURRENCIES } from "./offer-options";
import {
  DURATION_BUCKETS,
  SEARCH_FACETS,
  STIPEND_BUCKETS,
  type OfferSearchQuery,
  type SearchFacet,
} from "./search-schema";
import { visibleOfferSql as VISIBLE } from "./visible-offer";

const { sql, join, raw } = Prisma;

// Every offer here is an internship: these words match nearly all of them and rank none higher.
const STOP_WORDS = new Set([
  "stage",
  "stages",
  "stagiaire",
  "stagiaires",
  "intern",
  "interns",
  "internship",
  "internships",
]);
const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The words that take part in matching: the query minus the words every offer would match. */
export const searchWords = (q: string) =>
  q
    .split(/\s+/)
    .filter((word) => word && !STOP_WORDS.has(fold(word)))
    .join(" ");

/** Minor units per major unit of the offer's currency (100, or 1000 for TND). */
const MINOR_PER_UNIT = `case o."stipendCurrency" ${CURRENCIES.map((c) => `when '${c}' then ${10 ** minorDigits(c)}`).join(" ")} end`;

/** The monthly stipend in euros; rates are rough on purpose: they only choose a facet bucket. */
const MONTHLY_EUROS = `(o."stipendAmountMinor" / (${MINOR_PER_UNIT})::float8
  * case o."stipendPeriod" when 'MONTH' then 1 when 'WEEK' then 4.33::float8 else 4.33::float8 / greatest(o."durationWeeks", 1) end
  * case o."stipendCurrency" when 'CHF' then 1.05::float8 when 'GBP' then 1.17::float8 when 'USD' then 0.92::float8
      when 'MAD' then 0.092::float8 when 'TND' then 0.3::float8 when 'DZD' then 0.0069::float8 else 1 end)`;

/**
 * The bucket of `value` as a small integer (width_bucket evaluates the value once), and the
 * expression that names a grouped bucket number (buckets in ascending order, each starting at its min).
 */
function buckets(entries: [string, readonly [number, number | null]][], value: string) {
  const starts = entries.slice(1).map(([, [min]]) => min);
  const names = entries.map(([key]) => `'${key}'`).join(", ");
  return {
    value: raw(`width_bucket(${value}, array[${starts.join(", ")}]::float8[])`),
    text: (column: Prisma.Sql) => sql`(array[${raw(names)}])[${column} + 1]`,
  };
}
const DURATION = buckets(Object.entries(DURATION_BUCKETS), `o."durationWeeks"`);
const STIPEND = buckets(Object.entries(STIPEND_BUCKETS), `coalesce(${MONTHLY_EUROS}, 0)`);

/**
 * The value of each single-valued facet for the offer `o`, in a type that is cheap to compare
 * and group (skills are an array: `searchSkills`); TEXT turns a grouped value into its facet value.
 */
export const DIMENSIONS: Record<Exclude<SearchFacet, "skills">, Prisma.Sql> = {
  city: sql`o.city`,
  country: sql`o.country`,
  remote: sql`o."remoteMode"`,
  field: sql`o.field`,
  duration: DURATION.value,
  stipend: STIPEND.value,
  start: sql`date_trunc('month', o."startFrom")::date`,
  enterprise: sql`o."enterpriseId"`,
};
export const TEXT: Partial<Record<SearchFacet, (column: Prisma.Sql) => Prisma.Sql>> = {
  remote: (column) => sql`${column}::text`,
  duration: DURATION.text,
  stipend: STIPEND.text,
  start: (column) => sql`to_char(${column}, 'YYYY-MM')`,
};

const ranges = (bounds: (readonly [number, number | null])[], value: string) =>
  raw(
    `(${bounds.map(([min, max]) => `(${value} >= ${min}${max === null ? "" : ` and ${value} < ${max + 1}`})`).join(" or ")})`,
  );

/** One condition per facet that the query filters on (values of one facet are OR-ed, facets AND-ed). */
export function facetConditions(query: OfferSearchQuery): { facet: SearchFacet; condition: Prisma.Sql }[] {
  return SEARCH_FACETS.filter((facet) => query[facet].length > 0).map((facet) => {
    const values = query[facet];
    switch (facet) {
      case "skills":
        return { facet, condition: sql`o."searchSkills" && ${values}::text[]` };
      case "city":
        return { facet, condition: sql`lower(o.city) = any(${values.map((v) => v.toLowerCase())}::text[])` };
      case "remote":
        return { facet, condition: sql`o."remoteMode" = any(${values}::"RemoteMode"[])` };
      // Ranges rather than bucket names: the planner estimates them, and keeps to the index order.
      case "duration":
        return {
          facet,
          condition: ranges(
            values.map((v) => DURATION_BUCKETS[v as keyof typeof DURATION_BUCKETS]),
            `o."durationWeeks"`,
          ),
        };
      case "stipend":
        return {
          facet,
          condition: ranges(
            values.map((v) => STIPEND_BUCKETS[v as keyof typeof STIPEND_BUCKETS]),
            `coalesce(${MONTHLY_EUROS}, 0)`,
          ),
        };
      case "start":
        return { facet, condition: sql`${DIMENSIONS.start} = any(${values.map((v) => `${v}-01`)}::date[])` };
      default:
        return { facet, condition: sql`${DIMENSIONS[facet]} = any(${values}::text[])` };
    }
  });
}

/** The words as a query: French and English stemming, accents removed as in the document. */
export const wordsQuery = (words: string) =>
  sql`(websearch_to_tsquery('french', unaccent(${words})) || websearch_to_tsquery('english', unaccent(${words})))`;

/** The words as the text of their tsquery (one statement, before the search's statements). */
export async function parseWords(words: string): Promise<string> {
  if (!words) return "";
  const [row] = await db.$queryRaw<{ query: string }[]>(sql`select ${wordsQuery(words)}::text as query`);
  return row?.query ?? "";
}

/**
 * What words match, to compare with `o."searchVector"` or `o."searchHead"`: the parsed query as a
 * constant, so that the planner sees how common the words are (it walks the newest offers for a
 * common word, and uses the full-text index for a rare one); else the words, parsed once per
 * statement (a scalar subquery).
 */
export const matchQuery = (words: string, parsed?: string) =>
  parsed === undefined ? sql`(select ${wordsQuery(words)})` : sql`${parsed}::tsquery`;

/**
 * The visible offers that match the words (the whole full-text document) and `where`, with
 * `columns` (a statement to use as a subquery); with `sampleSlots`, only the offers of the slots
 * below it. Typos are corrected before (search-words.ts).
 */
export function matchingOffers(
  columns: Prisma.Sql,
  words: string,
  where: Prisma.Sql,
  options: { parsed?: string; sampleSlots?: number } = {},
): Prisma.Sql {
  const sample =
    options.sampleSlots === undefined
      ? sql`true`
      : sql`o.status = 'PUBLISHED' and o."searchSample" < ${options.sampleSlots}::int`;
  if (!words) return sql`select ${columns} from "Offer" o where ${sample} and ${VISIBLE} and ${where}`;
  // The words' index alone finds the offers (the fence keeps the planner from intersecting it with
  // the index of every published offer, which costs more than it saves), then the rules apply.
  return sql`select ${columns} from (
      select * from "Offer" o where o."searchVector" @@ ${matchQuery(words, options.parsed)} and ${sample} offset 0
    ) o where ${VISIBLE} and ${where}`;
}

export const and = (conditions: Prisma.Sql[]) => (conditions.length ? join(conditions, " and ") : sql`true`);
