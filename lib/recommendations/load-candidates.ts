import type { Tx } from "@/lib/core/db";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { withStipendAmount } from "@/lib/offers/stipend";
import { visibleOfferSql } from "@/lib/offers/visible-offer";
import type { Candidate, StudentSignals } from "./score-offer";

/**
 * How many offers get their exact score. Over a large catalogue (100,000 offers) most of them
 * share a skill, field or city with a student, so SQL first shortlists by the parts of the score
 * it can compute cheaply (skills, fields, place, remote mode), and only the shortlist is scored.
 */
const SHORTLIST = 300;

type Row = Omit<Candidate, "similar" | "stipendAmount"> & {
  stipendAmountMinor: number | null;
  similarTitle: string | null;
  similarSource: "saved" | "applied" | null;
  similarShared: number | null;
  similarSameField: boolean | null;
};

/**
 * Visible offers (lib/offers/visible-offer.ts) the student has not applied to and that share
 * something with them: a skill, a wished or studied field, a wished place, or the field or
 * enterprise of an offer they saved or applied to.
 * Each comes with the facts its score is made of.
 */
export function loadCandidates(studentId: string, signals: StudentSignals): Promise<Candidate[]> {
  return candidatesOf(
    db,
    studentId,
    Prisma.sql`
    matched as (
      select os."offerId" as id, count(*)::int as n from "OfferSkill" os
      where os."skillId" in (select "skillId" from mine)
      group by os."offerId"
    ),
    facts as (
      select o.id, o."publishedAt", coalesce(m.n, 0) as skills, m.id is not null as "sharesSkill",
        o.field = any(${signals.fields}::text[]) as "wishedField",
        coalesce(o.field = ${signals.fieldOfStudy}, false) as "studiedField",
        lower(unaccent(o.city)) = any(${signals.places}::text[]) as "wishedPlace",
        o."remoteMode"::text = any(${signals.remoteModes}::text[]) as "wishedMode",
        o."enterpriseId" in (select "enterpriseId" from history) or o.field in (select field from history) as "likeHistory"
      from "Offer" o
      left join matched m on m.id = o.id
      where ${visibleOfferSql}
        and o.id not in (select a."offerId" from "Application" a where a."studentId" = ${studentId})
    ),
    shortlist as (
      select id from facts
      where "sharesSkill" or "wishedField" or "studiedField" or "wishedPlace" or "likeHistory"
      order by
        35.0 * skills / greatest(1, ${signals.skillCount}::int)
          + case when "wishedField" then 15 else 0 end + case when "studiedField" then 10 else 0 end
          + case when "wishedPlace" then 10 else 0 end + case when "wishedMode" then 5 else 0 end desc,
        "publishedAt" desc nulls last, id
      limit ${SHORTLIST}
    )`,
  );
}

/** The facts of one offer for one student, whatever its status (an application's score). */
export async function loadCandidate(client: Tx, studentId: string, offerId: string): Promise<Candidate | null> {
  const [candidate] = await candidatesOf(client, studentId, Prisma.sql`shortlist as (select ${offerId}::text as id)`);
  return candidate ?? null;
}

/** The scoring facts of the offers named by the `shortlist` CTE (which may use `history` and `mine`). */
async function candidatesOf(client: Tx, studentId: string, shortlist: Prisma.Sql): Promise<Candidate[]> {
  const rows = await client.$queryRaw<Row[]>`
    with history as (
      select o.id, o.title, o.field, o."enterpriseId", 'saved'::text as source, f."createdAt" as at
      from "Favourite" f join "Offer" o on o.id = f."offerId"
      where f."studentId" = ${studentId}
      union all
      select o.id, o.title, o.field, o."enterpriseId", 'applied'::text, a."createdAt"
      from "Application" a join "Offer" o on o.id = a."offerId"
      where a."studentId" = ${studentId}
    ),
    mine as (select "skillId" from "StudentSkill" where "studentId" = ${studentId}),
    ${shortlist}
    select
      o.id, o.field, o.city, o."remoteMode"::text as "remoteMode", o."startFrom", o."startTo", o."stipendAmountMinor",
      o."stipendCurrency"::text as "stipendCurrency", o."stipendPeriod"::text as "stipendPeriod", o."durationWeeks", o."publishedAt",
      e.name as "enterpriseName",
      coalesce((
        select array_agg(s.name::text order by s.name)
        from "OfferSkill" os join "Skill" s on s.id = os."skillId"
        where os."offerId" = o.id and os."skillId" in (select "skillId" from mine)
      ), '{}') as "matchedSkills",
      (select count(*)::int from "OfferSkill" os where os."offerId" = o.id) as "offerSkillCount",
      exists (select 1 from history h where h."enterpriseId" = o."enterpriseId" and h.id <> o.id) as "sameEnterprise",
      sim.title as "similarTitle", sim.source as "similarSource", sim.shared as "similarShared", sim."sameField" as "similarSameField"
    from shortlist
    join "Offer" o on o.id = shortlist.id
    join "Enterprise" e on e.id = o."enterpriseId"
    left join lateral (
      select h.title, h.source, h.field = o.field as "sameField",
        (select count(*)::int from "OfferSkill" a join "OfferSkill" b on b."skillId" = a."skillId"
         where a."offerId" = o.id and b."offerId" = h.id) as shared
      from history h
      where h.id <> o.id
      order by 4 desc, 3 desc, h.at desc, h.id
      limit 1
    ) sim on true`;
  return rows.map(({ similarTitle, similarSource, similarShared, similarSameField, ...row }) => ({
    ...withStipendAmount(row),
    similar:
      similarTitle !== null && similarSource !== null
        ? {
            title: similarTitle,
            source: similarSource,
            sharedSkills: similarShared ?? 0,
            sameField: Boolean(similarSameField),
          }
        : null,
  }));
}
