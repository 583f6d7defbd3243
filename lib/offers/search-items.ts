import { Prisma } from "@/lib/generated/prisma/client";
import type { RemoteMode, StipendPeriod } from "@/lib/generated/prisma/enums";
import { encodeCursor, type SearchPosition } from "./search-cursor";
import type { SearchSort } from "./search-schema";
import { matchQuery } from "./search-sql";
import { visibleOfferSql as VISIBLE } from "./visible-offer";
import { withStipendAmount } from "./stipend";

const { sql } = Prisma;

/** What a result card shows. */
export type OfferSearchItem = {
  id: string;
  title: string;
  enterprise: { id: string; name: string; slug: string; logoUrl: string | null };
  city: string;
  country: string;
  remoteMode: RemoteMode;
  field: string;
  durationWeeks: number;
  startFrom: Date | null;
  stipendAmount: number | null;
  stipendCurrency: string;
  stipendPeriod: StipendPeriod;
  deadline: Date | null;
  publishedAt: Date;
  skills: string[];
};

export type OfferSearchRow = Omit<OfferSearchItem, "enterprise" | "stipendAmount"> & {
  stipendAmountMinor: number | null;
  enterpriseId: string;
  enterpriseName: string;
  enterpriseSlug: string;
  enterpriseLogoUrl: string | null;
  rank: number;
};

const ORDER: Record<SearchSort, Prisma.Sql> = {
  relevance: sql`m.rank desc, m."publishedAt" desc, m.id desc`,
  newest: sql`m."publishedAt" desc, m.id desc`,
  deadline: sql`m.deadline asc nulls last, m.id asc`,
};
/** The same order inside one part of the matches (every row of a part has the same rank). */
const PART_ORDER: Record<SearchSort, Prisma.Sql> = {
  relevance: sql`o."publishedAt" desc, o.id desc`,
  newest: sql`o."publishedAt" desc, o.id desc`,
  deadline: sql`o.deadline asc nulls last, o.id asc`,
};

/** Rows strictly after the cursor's row inside a part of rank `rank`, in the sort's order (keyset pagination). */
function after(position: SearchPosition | null, rank: number): Prisma.Sql {
  if (!position) return sql`true`;
  const id = sql`${position.id}::text`;
  switch (position.sort) {
    case "relevance":
      // Cursors of the former continuous ranks fall in the part below 1.
      if (rank !== (position.rank >= 1 ? 1 : 0)) return rank < (position.rank >= 1 ? 1 : 0) ? sql`true` : sql`false`;
      return sql`(o."publishedAt", o.id) < (${position.publishedAt}::timestamptz, ${id})`;
    case "newest":
      return sql`(o."publishedAt", o.id) < (${position.publishedAt}::timestamptz, ${id})`;
    case "deadline":
      return position.deadline === null
        ? sql`(o.deadline is null and o.id > ${id})`
        : sql`(o.deadline > ${position.deadline}::date or (o.deadline = ${position.deadline}::date and o.id > ${id}) or o.deadline is null)`;
  }
}

/**
 * One page of matching offers, one row more than asked to know whether another page follows.
 * Relevance puts the offers whose title, skills, field, place or enterprise hold the words (rank 1)
 * before those that hold them only in their text (rank 0), newest first in each part: each part
 * is then read in index order and stops at the page's end, where ranking every match by its score
 * read every match (tens of thousands for a common word). Cards are read for the page's rows only.
 */
export function itemsSql(input: {
  words: string;
  parsed?: string;
  where: Prisma.Sql;
  sort: SearchSort;
  position: SearchPosition | null;
  limit: number;
}) {
  const { words, where, sort, position, limit } = input;
  const part = (rank: number, match: Prisma.Sql, only = sql`true`) => sql`
    select o.id, o."publishedAt", o.deadline, ${rank}::float8 as rank from "Offer" o
    where ${match} ${VISIBLE} and ${where} and ${after(position, rank)} and ${only}
    order by ${PART_ORDER[sort]} limit ${limit + 1}`;
  const query = words ? matchQuery(words, input.parsed) : null;
  const matches = query ? sql`o."searchVector" @@ ${query} and` : sql``;
  // The second part is read only when the first does not fill the page.
  const twoParts = (first: Prisma.Sql, second: Prisma.Sql, rank = 0) =>
    sql`with first as materialized (${part(rank, first)})
      select * from first union all (${part(0, second, sql`(select count(*) from first) <= ${limit}`)})`;
  const parts =
    sort === "relevance" && query
      ? twoParts(
          sql`o."searchHead" @@ ${query} and`,
          sql`${matches} not coalesce(o."searchHead" @@ ${query}, false) and`,
          1,
        )
      : sort === "deadline"
        ? // Dated offers from today on (a range of the deadline index), then open-ended ones.
          twoParts(
            sql`${matches} o.deadline >= (now() at time zone 'utc')::date and`,
            sql`${matches} o.deadline is null and`,
          )
        : part(0, matches);
  return sql`
    select m.id, m.rank, m."publishedAt", m.deadline, o.title, o."enterpriseId", e.name as "enterpriseName",
      e.slug as "enterpriseSlug", e."logoUrl" as "enterpriseLogoUrl",
      o.city, o.country, o."remoteMode", o.field, o."durationWeeks", o."startFrom",
      o."stipendAmountMinor", o."stipendCurrency", o."stipendPeriod",
      array(select s.name::text from "OfferSkill" os join "Skill" s on s.id = os."skillId" where os."offerId" = o.id order by s.name) as skills
    from (select * from (${parts}) m order by ${ORDER[sort]} limit ${limit + 1}) m
    join "Offer" o on o.id = m.id
    join "Enterprise" e on e.id = o."enterpriseId"
    order by ${ORDER[sort]}`;
}

/** The page's cards and the cursor of its last row when more follow. */
export function toItemsPage(
  rows: OfferSearchRow[],
  sort: SearchSort,
  limit: number,
): { items: OfferSearchItem[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const items = page.map(
    ({ enterpriseId, enterpriseName, enterpriseSlug, enterpriseLogoUrl, rank: _rank, ...row }) => ({
      ...withStipendAmount(row),
      enterprise: { id: enterpriseId, name: enterpriseName, slug: enterpriseSlug, logoUrl: enterpriseLogoUrl },
    }),
  );
  const last = page.at(-1);
  if (rows.length <= limit || !last) return { items, nextCursor: null };
  const publishedAt = last.publishedAt.toISOString();
  const position: SearchPosition =
    sort === "relevance"
      ? { sort, rank: last.rank, publishedAt, id: last.id }
      : sort === "newest"
        ? { sort, publishedAt, id: last.id }
        : { sort, deadline: last.deadline?.toISOString() ?? null, id: last.id };
  return { items, nextCursor: encodeCursor(position) };
}
