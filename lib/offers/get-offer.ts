import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { offerContentSelect } from "./offer-data";
import { offerQuestionsSelect } from "./offer-questions";
import { withStipendAmount } from "./stipend";
import { visibleOfferSql as VISIBLE } from "./visible-offer";

const { sql } = Prisma;

export const offerDetailSelect = {
  ...offerContentSelect,
  id: true,
  startFrom: true,
  startTo: true,
  deadline: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  source: true,
  externalUrl: true,
  enterpriseId: true,
  enterprise: {
    select: { id: true, name: true, slug: true, logoUrl: true, website: true, sector: true, verificationStatus: true },
  },
  skills: { select: { skill: { select: { name: true } } }, orderBy: { skill: { name: "asc" } } },
  questions: offerQuestionsSelect,
} as const;

type OfferDetailRow = Prisma.OfferGetPayload<{ select: typeof offerDetailSelect }>;

/** The SQL of readableOffer (policy.ts) on the offer `o`. */
function readableSql(actor: Actor | null): Prisma.Sql {
  if (actor?.role === "SYSTEM_ADMIN") return sql`true`;
  if (actor?.role === "ENTERPRISE" && actor.enterprise)
    return sql`(${VISIBLE} or o."enterpriseId" = ${actor.enterprise.id})`;
  return VISIBLE;
}

/**
 * One offer as the actor may see it: visible offers for everyone, any of its own for an
 * enterprise. One statement (offerDetailSelect's shape, with its enterprise, skills and questions
 * nested in SQL): through Prisma's nested select it took five statements and most of the
 * 8–13 ms of GET /api/v1/offers/{id} (decision 0019); a test compares both.
 */
export async function getOffer(actor: Actor | null, offerId: string) {
  const [offer] = await db.$queryRaw<OfferDetailRow[]>(sql`
    select o.id, o.title, o.description, o.missions, o.field, o.city, o.country, o."remoteMode"::text as "remoteMode",
      o."durationWeeks", o."stipendAmountMinor", o."stipendCurrency"::text as "stipendCurrency",
      o."stipendPeriod"::text as "stipendPeriod", o.positions, o.languages, o."educationLevel", o.benefits,
      o."startFrom", o."startTo", o.deadline, o.status::text as status, o."publishedAt", o."updatedAt",
      o.source::text as source, o."externalUrl", o."enterpriseId",
      json_build_object('id', e.id, 'name', e.name, 'slug', e.slug, 'logoUrl', e."logoUrl", 'website', e.website,
        'sector', e.sector, 'verificationStatus', e."verificationStatus") as enterprise,
      array(select json_build_object('skill', json_build_object('name', k.name::text))
        from "OfferSkill" os join "Skill" k on k.id = os."skillId" where os."offerId" = o.id order by k.name) as skills,
      array(select json_build_object('id', q.id, 'kind', q.kind, 'label', q.label, 'required', q.required, 'options', q.options)
        from "OfferQuestion" q where q."offerId" = o.id order by q.position) as questions
    from "Offer" o join "Enterprise" e on e.id = o."enterpriseId"
    where o.id = ${offerId} and ${readableSql(actor)}`);
  if (!offer) throw notFound("offerNotFound");
  const { skills, ...rest } = offer;
  return { ...withStipendAmount(rest), skills: skills.map((s) => s.skill.name) };
}

export type OfferDetail = Awaited<ReturnType<typeof getOffer>>;
