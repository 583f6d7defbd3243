import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin, scopedUniversity } from "@/lib/universities/policy";
import { checkFilters, round } from "./dashboard-sql";
import { STIPEND_BUCKETS, universityDashboardSchema, WAIT_BUCKETS } from "./schemas";
import { universityDashboardSql, type UniversityRows } from "./university-dashboard-sql";

export type Tally = { id: string | null; label: string | null; count: number };

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * A university's dashboard, for its admins (and system admins): placement by program and year of
 * study, the application funnel, internships by enterprise, sector, city and program, monthly
 * stipends, the time from acceptance to a signed agreement, agreements waiting, and evaluation
 * averages by criterion. Every figure is computed in SQL over the cohort the filters select.
 */
export async function getUniversityDashboard(actor: Actor | null, universityId: string, input: unknown = {}) {
  const me = requireUniversityAdmin(actor);
  const filters = await validate(universityDashboardSchema, input);
  const university = await scopedUniversity(me, universityId);
  await checkFilters(university.id, filters);

  const sql = universityDashboardSql(university.id, filters);
  const run = <K extends keyof UniversityRows>(name: K) => db.$queryRaw<UniversityRows[K]>(sql[name]);
  const [placement, [funnel], internshipsBy, stipends, [signing], waiting, evaluations] = await Promise.all([
    run("placement"),
    run("funnel"),
    run("internshipsBy"),
    run("stipends"),
    run("signing"),
    run("waiting"),
    run("evaluations"),
  ]);

  const students = placement.reduce((sum, row) => sum + row.students, 0);
  const placed = placement.reduce((sum, row) => sum + row.placed, 0);
  const by = (dim: string): Tally[] =>
    internshipsBy.filter((row) => row.dim === dim).map(({ id, label, count }) => ({ id, label, count }));
  return {
    university,
    filters,
    placementRate: { students, placed, rate: students ? round(placed / students, 3) : null },
    placement: placement.map((row) => ({ ...row, rate: row.students ? round(row.placed / row.students, 3) : null })),
    funnel,
    internshipsBy: { enterprise: by("enterprise"), sector: by("sector"), city: by("city"), program: by("program") },
    stipends: stipends.sort(
      (a, b) =>
        a.currency.localeCompare(b.currency) ||
        STIPEND_BUCKETS.findIndex((x) => x.key === a.bucket) - STIPEND_BUCKETS.findIndex((x) => x.key === b.bucket),
    ),
    signingTime: { agreements: signing.agreements, medianDays: round(num(signing.medianDays)) },
    agreementsWaiting: waiting.map((row) => ({
      status: row.status,
      count: row.count,
      medianDays: round(num(row.medianDays)),
      oldestDays: round(num(row.oldestDays)),
      waited: Object.fromEntries(WAIT_BUCKETS.map((b) => [b.key, row[b.key]])),
    })),
    evaluations: evaluations.map(({ fr, en, average, ...row }) => ({
      ...row,
      label: { fr, en },
      average: round(average, 2),
    })),
  };
}

export type UniversityDashboard = Awaited<ReturnType<typeof getUniversityDashboard>>;
