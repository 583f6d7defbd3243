import { Prisma } from "@/lib/generated/prisma/client";
import { cohortSql, unitSql } from "./dashboard-sql";
import { STIPEND_BUCKETS, WAIT_BUCKETS, type StipendBucket, type UniversityDashboardFilters } from "./schemas";

/** The rows each statement of the university dashboard answers. */
export type UniversityRows = {
  placement: {
    programId: string | null;
    program: string | null;
    year: number | null;
    students: number;
    placed: number;
  }[];
  funnel: { applied: number; shortlisted: number; interviewed: number; accepted: number }[];
  internshipsBy: { dim: string; id: string | null; label: string | null; count: number }[];
  stipends: { currency: string; bucket: StipendBucket; count: number }[];
  signing: { agreements: number; medianDays: number | null }[];
  waiting: ({ status: string; count: number; medianDays: number; oldestDays: number } & Record<string, number>)[];
  evaluations: { formKind: string; criterion: string; fr: string; en: string; average: number; answers: number }[];
};

/**
 * The statements of a university dashboard, each over the cohort of students the filters select
 * (benchmarked by scripts/bench/dashboard.ts).
 */
export function universityDashboardSql(
  uid: string,
  filters: UniversityDashboardFilters,
): Record<keyof UniversityRows, Prisma.Sql> {
  const cohort = Prisma.sql`with cohort as (${cohortSql(uid, filters)})`;
  return {
    placement: Prisma.sql`
      ${cohort}, placed as (
        select distinct i."studentId" as id from "Internship" i
        where i."universityId" = ${uid} and i.status <> 'TERMINATED'
      )
      select c."programId", p.name as program, c."yearOfStudy" as year, count(*)::int as students,
        count(placed.id)::int as placed
      from cohort c left join placed on placed.id = c.id left join "Program" p on p.id = c."programId"
      group by 1, 2, 3 order by p.name nulls last, 3 nulls last`,
    // The furthest stage is kept on each application by the database (prisma/schema-extras.sql).
    funnel: Prisma.sql`
      ${cohort}
      select count(*)::int as applied, (count(*) filter (where a."furthestStage" >= 1))::int as shortlisted,
        (count(*) filter (where a."furthestStage" >= 2))::int as interviewed,
        (count(*) filter (where a."furthestStage" >= 3))::int as accepted
      from "Application" a join cohort c on c.id = a."studentId" where a."submittedAt" is not null`,
    internshipsBy: Prisma.sql`
      ${cohort}, base as (
        select e.id as "enterpriseId", e.name as enterprise, e.sector,
          coalesce(nullif(btrim(o.city), ''), nullif(btrim(ag.place), '')) as city, c."programId", p.name as program
        from "Internship" i join cohort c on c.id = i."studentId"
        join "Enterprise" e on e.id = i."enterpriseId" join "Agreement" ag on ag.id = i."agreementId"
        left join "Offer" o on o.id = i."offerId" left join "Program" p on p.id = c."programId"
        where i."universityId" = ${uid}
      )
      select case when grouping("enterpriseId") = 0 then 'enterprise' when grouping(sector) = 0 then 'sector'
          when grouping(city) = 0 then 'city' else 'program' end as dim,
        coalesce("enterpriseId", "programId") as id, coalesce(enterprise, sector, city, program) as label,
        count(*)::int as count
      from base
      group by grouping sets (("enterpriseId", enterprise), (sector), (city), ("programId", program))
      order by count desc, label nulls last`,
    stipends: Prisma.sql`
      ${cohort}
      select ag."stipendCurrency"::text as currency,
        case when coalesce(ag."stipendAmountMinor", 0) = 0 then 'none'
          ${Prisma.join(
            STIPEND_BUCKETS.filter((b) => b.from !== null).map((b) =>
              b.to === null
                ? Prisma.sql`else ${b.key}`
                : Prisma.sql`when ag."stipendAmountMinor" < ${b.to} * ${unitSql} then ${b.key}`,
            ),
            " ",
          )} end as bucket,
        count(*)::int as count
      from "Internship" i join cohort c on c.id = i."studentId" join "Agreement" ag on ag.id = i."agreementId"
      where i."universityId" = ${uid}
      group by 1, 2`,
    signing: Prisma.sql`
      ${cohort}, signed as (
        select (extract(epoch from ag."validatedAt" - coalesce(case when a.status = 'ACCEPTED' then a."decidedAt" end, (
          select min(h."createdAt") from "ApplicationStatusChange" h
          where h."applicationId" = ag."applicationId" and h."toStatus" = 'ACCEPTED'
        ))) / 86400)::float8 as days
        from "Agreement" ag join cohort c on c.id = ag."studentId" join "Application" a on a.id = ag."applicationId"
        where ag."universityId" = ${uid} and ag.status = 'VALIDATED' and ag."validatedAt" is not null
      )
      select count(days)::int as agreements, percentile_cont(0.5) within group (order by days) as "medianDays"
      from signed where days is not null`,
    waiting: Prisma.sql`
      ${cohort}, open as (
        select ag.status::text as status, (extract(epoch from now() - coalesce(ag."submittedAt", ag."createdAt")) / 86400)::float8 as days
        from "Agreement" ag join cohort c on c.id = ag."studentId"
        where ag."universityId" = ${uid} and ag.status in ('DRAFT', 'SIGNING')
      )
      select status, count(*)::int as count, percentile_cont(0.5) within group (order by days) as "medianDays",
        max(days) as "oldestDays",
        ${Prisma.join(
          WAIT_BUCKETS.map(
            (b) =>
              Prisma.sql`(count(*) filter (where days >= ${b.from} ${b.to === null ? Prisma.empty : Prisma.sql`and days < ${b.to}`}))::int as ${Prisma.raw(`"${b.key}"`)}`,
          ),
        )}
      from open group by status order by status`,
    // The answers are read by the form copied on each evaluation; its labels come from the few distinct
    // forms, so that the long label texts are not carried through the grouping of every answer.
    evaluations: Prisma.sql`
      ${cohort}, evs as materialized (
        select ev."formKind"::text as "formKind", ev."formVersion", ev.form, ev.scores
        from "InternshipEvaluation" ev join "Internship" i on i.id = ev."internshipId" join cohort c on c.id = i."studentId"
        where i."universityId" = ${uid}
      ), answers as (
        select evs."formKind", q->>'key' as criterion, avg((evs.scores->>(q->>'key'))::numeric)::float8 as average,
          count(*)::int as answers
        from evs, jsonb_array_elements(evs.form->'sections') sec, jsonb_array_elements(sec->'questions') q
        where q->>'type' = 'scale' and jsonb_typeof(evs.scores->(q->>'key')) = 'number'
        group by 1, 2
      ), forms as (
        select distinct on ("formKind", "formVersion") "formKind", form from evs order by "formKind", "formVersion" desc
      ), labels as (
        select forms."formKind", q->>'key' as criterion, max(q->'label'->>'fr') as fr, max(q->'label'->>'en') as en
        from forms, jsonb_array_elements(forms.form->'sections') sec, jsonb_array_elements(sec->'questions') q
        group by 1, 2
      )
      select answers.*, coalesce(labels.fr, answers.criterion) as fr, coalesce(labels.en, answers.criterion) as en
      from answers left join labels using ("formKind", criterion) order by 1, 2`,
  };
}
