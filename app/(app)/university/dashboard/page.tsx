import Stack from "@mui/material/Stack";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BarFigure } from "@/components/reports/bar-figure";
import { DashboardSection } from "@/components/reports/dashboard-section";
import { FigureCards } from "@/components/reports/figure-cards";
import { FilterForm } from "@/components/reports/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { universityTable } from "@/lib/reports/dashboard-tables";
import { getUniversityDashboard } from "@/lib/reports/get-university-dashboard";
import { UNIVERSITY_TABLES, type UniversityTable } from "@/lib/reports/schemas";
import { listDepartments } from "@/lib/universities/list-departments";
import { MAX_PROGRAM_YEARS } from "@/lib/universities/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("title") };
}

type Search = Record<string, string | string[] | undefined>;
const FILTERS = ["year", "department", "program"] as const;
const PERCENT_TABLES = new Set<UniversityTable>(["placement"]);

export default async function UniversityDashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await pageActor("UNIVERSITY_ADMIN");
  const params = await searchParams;
  const query = Object.fromEntries(
    FILTERS.flatMap((key) => (typeof params[key] === "string" && params[key] ? [[key, params[key]]] : [])),
  );
  const universityId = me.university?.id ?? "-";
  const [dashboard, structure, t, locale] = await Promise.all([
    forPage(getUniversityDashboard(me, universityId, query)),
    forPage(listDepartments(me, universityId)),
    getTranslations("dashboards"),
    getLocale(),
  ]);
  const exportHref = (table: string) =>
    `/api/v1/universities/${universityId}/dashboard/export.csv?${new URLSearchParams({ ...query, table })}`;
  const roster = (extra: Record<string, string | number | null>) => {
    const search = new URLSearchParams(query.program ? { programId: query.program } : {});
    if (query.year) search.set("year", query.year);
    for (const [key, value] of Object.entries(extra)) if (value !== null) search.set(key, String(value));
    return `/university/students?${search}`;
  };
  const programs = structure.items
    .filter((department) => !query.department || department.id === query.department)
    .flatMap((department) => department.programs);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const waiting = dashboard.agreementsWaiting.reduce((sum, row) => sum + row.count, 0);
  const { placementRate, signingTime } = dashboard;

  const drills: Partial<Record<UniversityTable, (string | null)[]>> = {
    placement: dashboard.placement.map((row) =>
      row.programId ? roster({ programId: row.programId, year: row.year }) : null,
    ),
    byProgram: dashboard.internshipsBy.program.map((row) => (row.id ? roster({ programId: row.id }) : null)),
    agreementsWaiting: dashboard.agreementsWaiting.map((row) => `/university/agreements?status=${row.status}`),
  };
  const chartOf = (name: UniversityTable) => {
    const table = universityTable(dashboard, name, locale);
    const valueColumn = name === "placement" ? "rate" : name === "agreementsWaiting" ? "agreements" : null;
    const index = valueColumn ? table.columns.indexOf(valueColumn) : table.columns.length - 1;
    if (name === "evaluations" || index < 0) return null;
    const rows = table.rows.slice(0, 12);
    const label = (cell: (typeof rows)[number][number]) =>
      cell === null ? t("unknown") : typeof cell === "object" ? t(cell.t) : String(cell);
    return (
      <BarFigure
        labels={rows.map((row) => (name === "placement" ? `${label(row[0]!)} · ${row[1] ?? "?"}` : label(row[0]!)))}
        values={rows.map((row) => Number(row[index] ?? 0))}
        label={t(`columns.${table.columns[index]}`)}
        percent={PERCENT_TABLES.has(name)}
      />
    );
  };

  return (
    <>
      <PageHeader title={t("title")} lead={t("universityLead", { university: dashboard.university.name })} />
      <FilterForm
        resetHref="/university/dashboard"
        fields={[
          {
            name: "year",
            label: t("filters.year"),
            any: t("filters.anyYear"),
            value: query.year ?? "",
            options: Array.from({ length: MAX_PROGRAM_YEARS }, (_, i) => ({
              value: String(i + 1),
              label: String(i + 1),
            })),
          },
          {
            name: "department",
            label: t("filters.department"),
            any: t("filters.anyDepartment"),
            value: query.department ?? "",
            options: structure.items.map((d) => ({ value: d.id, label: d.name })),
          },
          {
            name: "program",
            label: t("filters.program"),
            any: t("filters.anyProgram"),
            value: query.program ?? "",
            options: programs.map((p) => ({ value: p.id, label: p.name })),
          },
        ]}
      />
      <Stack spacing={3}>
        <FigureCards
          figures={[
            {
              label: t("cards.placementRate"),
              value: placementRate.rate === null ? t("cards.noValue") : percent.format(placementRate.rate),
              detail: t("cards.placedOf", { placed: placementRate.placed, students: placementRate.students }),
              href: roster({}),
            },
            {
              label: t("cards.signingTime"),
              value:
                signingTime.medianDays === null
                  ? t("cards.noValue")
                  : t("cards.signingDays", { days: number.format(signingTime.medianDays) }),
              detail: t("cards.signingCount", { count: signingTime.agreements }),
              href: "/university/agreements?status=VALIDATED",
            },
            { label: t("cards.waiting"), value: String(waiting), href: "/university/agreements?status=SIGNING" },
          ]}
        />
        {UNIVERSITY_TABLES.map((name) => (
          <DashboardSection
            key={name}
            id={name}
            title={t(`tables.${name}`)}
            table={universityTable(dashboard, name, locale)}
            exportHref={exportHref(name)}
            drill={drills[name]}
            chart={chartOf(name)}
          />
        ))}
      </Stack>
    </>
  );
}
