import { Prisma } from "@/lib/generated/prisma/client";
import {
  DURATION_BUCKETS,
  SEARCH_FACETS,
  STIPEND_BUCKETS,
  type OfferSearchQuery,
  type SearchFacet,
} from "./search-schema";
import { DIMENSIONS, TEXT, facetConditions, matchingOffers } from "./search-sql";

const { sql, join, raw } = Prisma;

export type FacetValue = { value: string; count: number; label?: string };
export type SearchFacets = Record<SearchFacet, FacetValue[]>;
/** With `totalIsApproximate`, the total and every count are estimates from a sample of the matches. */
export type SearchSummary = { total: number; totalIsApproximate: boolean; facets: SearchFacets };
export type SummaryRow = { facet: string; value: string | null; count: number; label: string | null };

/** How many matching rows a summary statement read (the value of its total's row). */
export const rowsRead = (rows: SummaryRow[]) => Number(rows.find((row) => row.facet === "total")?.value ?? 0);

/** An estimate as precisely as a sample tells it: two significant digits from 100 on. */
export function roughly(count: number): number {
  if (count < 100) return Math.round(count);
  const unit = 10 ** (Math.floor(Math.log10(count)) - 1);
  return Math.round(count / unit) * unit;
}

/** At most this many values per facet (the most frequent), plus the selected ones. */
const TOP = 20;
const SINGLE = Object.keys(DIMENSIONS) as Exclude<SearchFacet, "skills">[];
const name = (facet: string) => raw(`"${facet}"`);
const ok = (facet: string) => raw(`"ok_${facet}"`);

/**
 * The total and the facet counts, as one statement (an array of one, for callers that run them
 * side by side): one read of the matches, grouped for the single-valued facets and the total
 * (grouping sets) and for the skills.
 *
 * Each facet is counted under all the OTHER active filters (the usual faceted-search rule): the
 * counts of `remote` ignore the `remote` filter itself, so a visitor sees how many offers every
 * other remote mode would add. To get every facet in one pass, the matched rows include those
 * that fail exactly one filter, each with a flag per filter; a row counts for facet X when it
 * fails nothing, or fails X alone. The total counts rows that fail nothing; the value of the
 * total's row is the number of rows read (what counting all matches would cost).
 */
export function summarySql(
  query: OfferSearchQuery,
  words: string,
  sampleSlots?: number,
  parsed?: string,
): Prisma.Sql[] {
  const active = facetConditions(query);
  // A condition on a missing value (an offer without a start date) is false, not null.
  const passes = (condition: Prisma.Sql) => sql`coalesce(${condition}, false)`;
  const failures = active.length
    ? join(
        active.map(({ condition }) => sql`(not ${passes(condition)})::int`),
        " + ",
      )
    : sql`0`;
  const flags = active.map(({ facet, condition }) => sql`${passes(condition)} as ${ok(facet)}`);
  // With a single filter every row fails at most once already.
  const where = active.length > 1 ? sql`${failures} <= 1` : sql`true`;
  // Estimates read only the offers of the first slots (searchSample, a hash of the id). The
  // matches are read once (materialised) for both groupings: the heap reads are the cost.
  const matched = matchingOffers(
    join([
      ...SINGLE.map((facet) => sql`${DIMENSIONS[facet]} as ${name(facet)}`),
      sql`o."searchSkills" as skills`,
      sql`${failures} as failures`,
      ...flags,
    ]),
    words,
    where,
    { parsed, sampleSlots },
  );
  const isActive = (facet: SearchFacet) => active.some((a) => a.facet === facet);
  const countFor = (facet: SearchFacet) =>
    isActive(facet)
      ? sql`count(*) filter (where failures = 0 or not ${ok(facet)})`
      : sql`count(*) filter (where failures = 0)`;

  const single = sql`
    select case ${join(
      SINGLE.map((f) => sql`when grouping(${name(f)}) = 0 then ${f}`),
      " ",
    )} else 'total' end as facet,
      coalesce(${join(
        SINGLE.map((f) => TEXT[f]?.(name(f)) ?? name(f)),
        ", ",
      )}, case when grouping(${join(SINGLE.map(name), ", ")}) = ${2 ** SINGLE.length - 1} then count(*)::text end) as value,
      case ${join(
        SINGLE.map((f) => sql`when grouping(${name(f)}) = 0 then ${countFor(f)}`),
        " ",
      )}
        else count(*) filter (where failures = 0) end as count
    from m
    group by grouping sets (${join(
      SINGLE.map((f) => sql`(${name(f)})`),
      ", ",
    )}, ())`;
  const skills = sql`
    select 'skills' as facet, skill as value, ${countFor("skills")} as count
    from (select unnest(m.skills) as skill, m.* from m) s
    group by skill`;
  const selected = SEARCH_FACETS.flatMap((facet) => query[facet].map((value) => `${facet}:${value}`));
  return [topValues(sql`with m as materialized (${matched}) ${single} union all ${skills}`, selected)];
}

/** The most frequent values of each facet, the selected ones and the total, with the names of ids. */
const topValues = (counts: Prisma.Sql, selected: string[]) => sql`
  select c.facet, c.value, c.count::int as count,
    case c.facet
      when 'enterprise' then (select e.name from "Enterprise" e where e.id = c.value)
      when 'skills' then (select k.name::text from "Skill" k where k.name = c.value::citext)
    end as label
  from (
    select *, row_number() over (partition by facet order by count desc, value) as position
    from (${counts}) counts where (count > 0 and value is not null) or facet = 'total'
  ) c
  where c.position <= ${TOP} or c.facet || ':' || c.value = any(${selected}::text[]) or c.facet = 'total'`;

const ORDERED: Partial<Record<SearchFacet, readonly string[]>> = {
  duration: Object.keys(DURATION_BUCKETS),
  stipend: Object.keys(STIPEND_BUCKETS),
};

/** The rows as `{ total, facets }`: every facet present, selected values kept (0 when none match), in display order. */
export function toSummary(rows: SummaryRow[], query: OfferSearchQuery, scale = 1): SearchSummary {
  const facets = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, [] as FacetValue[]])) as SearchFacets;
  const estimate = (count: number) => (scale === 1 ? count : roughly(count * scale));
  let total = 0;
  for (const row of rows) {
    if (row.facet === "total") total = estimate(row.count);
    else
      facets[row.facet as SearchFacet]?.push({
        value: row.value!,
        count: estimate(row.count),
        ...(row.label ? { label: row.label } : {}),
      });
  }
  for (const facet of SEARCH_FACETS) {
    const list = facets[facet];
    for (const value of query[facet]) if (!list.some((v) => v.value === value)) list.push({ value, count: 0 });
    const order = ORDERED[facet];
    list.sort((a, b) =>
      order
        ? order.indexOf(a.value) - order.indexOf(b.value)
        : facet === "start"
          ? a.value.localeCompare(b.value)
          : b.count - a.count || a.value.localeCompare(b.value),
    );
  }
  return { total, totalIsApproximate: scale !== 1, facets };
}
