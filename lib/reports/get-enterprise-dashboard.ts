import { db } from "@/lib/core/db";
import { field, invalid, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import { isInsider } from "@/lib/enterprises/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { round } from "./dashboard-sql";
import { enterpriseDashboardSchema } from "./schemas";

/** An enterprise's decisions on an application: its first one is "the first answer" (opening it is not). */
const ANSWERS = Prisma.sql`('SHORTLISTED', 'INTERVIEW', 'ACCEPTED', 'REJECTED')`;
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * An enterprise's dashboard, for its members (and system admins): per offer, the applications sent,
 * how far they went (shortlisted, interviewed, accepted), the time to the first answer and to the
 * hire; across its offers, the pipeline by status and the schools of the applicants. Offer views
 * are not recorded by the platform, so `views` is null. Filter: one of its offers.
 */
export async function getEnterpriseDashboard(actor: Actor | null, enterpriseId: string, input: unknown = {}) {
  const me = requireRole(actor, "ENTERPRISE", "SYSTEM_ADMIN");
  if (!isInsider(me, enterpriseId)) throw notFound("enterpriseNotFound");
  const filters = await validate(enterpriseDashboardSchema, input);
  const enterprise = await db.enterprise.findUnique({ where: { id: enterpriseId }, select: { id: true, name: true } });
  if (!enterprise) throw notFound("enterpriseNotFound");
  if (filters.offer && !(await db.offer.count({ where: { id: filters.offer, enterpriseId } }))) {
    throw invalid({ offer: field("choice") });
  }
  const eid = enterprise.id;
  const offerFilter = filters.offer ? Prisma.sql`and o.id = ${filters.offer}` : Prisma.empty;
  const sent = Prisma.sql`
    select a.*, a."furthestStage" as stage from "Application" a join "Offer" o on o.id = a."offerId"
    where o."enterpriseId" = ${eid} and a."submittedAt" is not null ${offerFilter}`;

  const [offers, pipeline, schools, choices] = await Promise.all([
    db.$queryRaw<
      {
        id: string;
        title: string;
        status: string;
        applications: number;
        shortlisted: number;
        interviewed: number;
        accepted: number;
        rejected: number;
        withdrawn: number;
        medianHoursToFirstAnswer: number | null;
        medianDaysToHire: number | null;
      }[]
    >`
      with sent as (${sent}), timed as (
        select s."offerId", s.stage, s.status,
          (extract(epoch from (select min(h."createdAt") from "ApplicationStatusChange" h
            where h."applicationId" = s.id and h."toStatus" in ${ANSWERS} and h."createdAt" >= s."submittedAt")
            - s."submittedAt") / 3600)::float8 as answer,
          (extract(epoch from coalesce((select min(h."createdAt") from "ApplicationStatusChange" h
            where h."applicationId" = s.id and h."toStatus" = 'ACCEPTED' and h."createdAt" >= s."submittedAt"),
            case when s.status = 'ACCEPTED' then s."decidedAt" end) - s."submittedAt") / 86400)::float8 as hire
        from sent s
      )
      select o.id, o.title, o.status::text as status, count(t."offerId")::int as applications,
        (count(*) filter (where t.stage >= 1))::int as shortlisted, (count(*) filter (where t.stage >= 2))::int as interviewed,
        (count(*) filter (where t.stage >= 3))::int as accepted, (count(*) filter (where t.status = 'REJECTED'))::int as rejected,
        (count(*) filter (where t.status = 'WITHDRAWN'))::int as withdrawn,
        percentile_cont(0.5) within group (order by t.answer) as "medianHoursToFirstAnswer",
        percentile_cont(0.5) within group (order by t.hire) as "medianDaysToHire"
      from "Offer" o left join timed t on t."offerId" = o.id
      where o."enterpriseId" = ${eid} and (o.status <> 'DRAFT' or t."offerId" is not null) ${offerFilter}
      group by o.id order by o."publishedAt" desc nulls last, o.id`,
    db.$queryRaw<{ status: string; count: number }[]>`
      with sent as (${sent}) select status::text as status, count(*)::int as count from sent group by 1`,
    db.$queryRaw<{ id: string | null; label: string | null; applications: number; students: number }[]>`
      with sent as (${sent})
      select u.id, u.name as label, count(*)::int as applications, count(distinct s."studentId")::int as students
      from sent s join "Student" st on st.id = s."studentId" left join "University" u on u.id = st."universityId"
      group by u.id, u.name order by applications desc, label nulls last`,
    db.offer.findMany({
      where: { enterpriseId: eid, status: { not: "DRAFT" } },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 200,
      select: { id: true, title: true },
    }),
  ]);
  const rate = (part: number, whole: number) => (whole ? round(part / whole, 3) : null);
  return {
    enterprise,
    filters,
    /** The offers the filter offers (published at least once), newest first. */
    offerChoices: choices,
    viewsTracked: false,
    offers: offers.map((row) => ({
      ...row,
      views: null,
      conversion: {
        shortlisted: rate(row.shortlisted, row.applications),
        interviewed: rate(row.interviewed, row.applications),
        accepted: rate(row.accepted, row.applications),
      },
      medianHoursToFirstAnswer: round(num(row.medianHoursToFirstAnswer)),
      medianDaysToHire: round(num(row.medianDaysToHire)),
    })),
    pipeline: Object.fromEntries(pipeline.map((row) => [row.status, row.count])) as Record<string, number>,
    schools,
  };
}

export type EnterpriseDashboard = Awaited<ReturnType<typeof getEnterpriseDashboard>>;
