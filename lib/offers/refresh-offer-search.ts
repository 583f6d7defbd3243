import type { Tx } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { forgetSearchSummaries } from "./search-summary-cache";
import { rememberSearchWords } from "./search-words";

/**
 * The statement that rewrites the search columns of the given offers from their current content
 * (the benchmark's generator runs it in bulk). Offers come in French or English, so every part is
 * stemmed both ways; accents are removed here and on the query alike (unaccent). The title weighs
 * most (A), then skills, field, place and enterprise name (B): that part alone is `searchHead`,
 * which ranks matches; the description and missions (C) complete `searchVector`, which matches.
 */
export function offerSearchDocumentSql(offerIds: string[]): Prisma.Sql {
  return Prisma.sql`
    update "Offer" o set
      "searchTitle" = lower(unaccent(o.title)),
      "searchHead" = d.head,
      "searchVector" = d.head || setweight(to_tsvector('french', d.body) || to_tsvector('english', d.body), 'C'),
      "searchSkills" = d.skills,
      "searchSample" = hashtext(o.id) & 1023
    from (
      select p.id, p.skills, p.body,
        setweight(to_tsvector('french', p.title) || to_tsvector('english', p.title), 'A') ||
        setweight(to_tsvector('french', p.facts) || to_tsvector('english', p.facts), 'B') as head
      from (
        select o2.id,
          unaccent(o2.title) as title,
          unaccent(concat_ws(' ', string_agg(sk.name::text, ' '), o2.field, o2.city, e.name)) as facts,
          unaccent(concat_ws(' ', o2.description, o2.missions)) as body,
          coalesce(array_agg(distinct lower(sk.name::text)) filter (where sk.name is not null), '{}') as skills
        from "Offer" o2
        join "Enterprise" e on e.id = o2."enterpriseId"
        left join "OfferSkill" os on os."offerId" = o2.id
        left join "Skill" sk on sk.id = os."skillId"
        where o2.id = any(${offerIds})
        group by o2.id, e.name
      ) p
    ) d
    where o.id = d.id`;
}

/**
 * Rewrites the search columns of the given offers. Called in the same transaction as every write
 * to an offer or its skills (and to an enterprise's name), so search never sees a stale document,
 * and this instance's cached search counts start over.
 */
export async function refreshOfferSearch(tx: Tx, offerIds: string[]): Promise<void> {
  if (offerIds.length === 0) return;
  await tx.$executeRaw(offerSearchDocumentSql(offerIds));
  await rememberSearchWords(tx, offerIds);
  forgetSearchSummaries();
}
