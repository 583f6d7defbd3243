import { Prisma } from "@/lib/generated/prisma/client";
import type { RemoteMode, StipendPeriod } from "@/lib/generated/prisma/enums";
import { encodeCursor, type SearchPosition } from "./search-cursor";
import type { SearchSort } from "./search-schema";
import { matchedOffers } from "./search-sql";
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

/** Rows strictly after the cursor's row, in the sort's order (keyset pagination). */
function after(position: SearchPosition | null): Prisma.Sql {
  if (!position) return sql`true`;
  const id = sql`${position.id}::text`;
  switch (position.sort) {
    case "relevance":
      return sql`(m.rank, m."publishedAt", m.id) < (${position.rank}::float8, ${position.publishedAt}::timestamptz, ${id})`;
    case "newest":
      return sql`(m."publishedAt", m.id) < (${position.publishedAt}::timestamptz, ${id})`;
    case "deadline":
      return position.deadline === null
        ? sql`(m.deadline is null and m.id > ${id})`
        : sql`(m.deadline > ${position.deadline}::date or (m.deadline = ${position.deadline}::date and m.id > ${id}) or m.deadline is null)`;
  }
}

/**
 * One page of matching offers, one row more than asked to know whether another page follows.
 * Ordering and paging use the narrow matched rows; the cards are read for the page's rows only.
 */
export function itemsSql(input: {
  words: string;
  where: Prisma.Sql;
  sort: SearchSort;
  position: SearchPosition | null;
  limit: number;
}) {
  return sql`
    select m.id, m.rank, m."publishedAt", m.deadline, o.title, o."enterpriseId", e.name as "enterpriseName",
      e.slug as "enterpriseSlug", e."logoUrl" as "enterpriseLogoUrl",
      o.city, o.country, o."remoteMode", o.field, o."durationWeeks", o."startFrom",
      o."stipendAmountMinor", o."stipendCurrency", o."stipendPeriod",
      array(select s.name::text from "OfferSkill" os join "Skill" s on s.id = os."skillId" where os."offerId" = o.id order by s.name) as skills
    from (
      select * from (${matchedOffers(sql`o.id, o."publishedAt", o.deadline`, input.words, input.where)}) m
      where ${after(input.position)}
      order by ${ORDER[input.sort]}
      limit ${input.limit + 1}
    ) m
    join "Offer" o on o.id = m.id
    join "Enterprise" e on e.id = o."enterpriseId"
    order by ${ORDER[input.sort]}`;
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
