import type { Tx } from "@/lib/core/db";

/**
 * Rewrites the search columns of the given offers from their current content. Called in the same
 * transaction as every write to an offer or its skills, so search never sees a stale document.
 * French and English stemming both apply (offers come in either language); accents are removed
 * on both sides of the match; the title weighs most, then skills, field and place, then the text.
 */
export async function refreshOfferSearch(tx: Tx, offerIds: string[]): Promise<void> {
  if (offerIds.length === 0) return;
  await tx.$executeRaw`
    update "Offer" o set
      "searchTitle" = lower(unaccent(o.title)),
      "searchVector" =
        setweight(to_tsvector('french', unaccent(o.title)), 'A') ||
        setweight(to_tsvector('english', unaccent(o.title)), 'A') ||
        setweight(to_tsvector('simple', unaccent(coalesce(s.skills, '') || ' ' || o.field || ' ' || o.city || ' ' || o.country)), 'B') ||
        setweight(to_tsvector('french', unaccent(o.description || ' ' || coalesce(o.missions, ''))), 'C') ||
        setweight(to_tsvector('english', unaccent(o.description || ' ' || coalesce(o.missions, ''))), 'C')
    from (
      select o2.id, string_agg(sk.name::text, ' ') as skills
      from "Offer" o2
      left join "OfferSkill" os on os."offerId" = o2.id
      left join "Skill" sk on sk.id = os."skillId"
      where o2.id = any(${offerIds})
      group by o2.id
    ) s
    where o.id = s.id`;
}
