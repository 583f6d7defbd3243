import Alert from "@mui/material/Alert";
import Stack from "@mui/material/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BarFigure } from "@/components/reports/bar-figure";
import { DashboardSection } from "@/components/reports/dashboard-section";
import { FigureCards } from "@/components/reports/figure-cards";
import { FilterForm } from "@/components/reports/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { enterpriseTable, PIPELINE } from "@/lib/reports/dashboard-tables";
import { getEnterpriseDashboard } from "@/lib/reports/get-enterprise-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function EnterpriseDashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await pageActor("ENTERPRISE");
  const params = await searchParams;
  const query: { offer?: string } = typeof params.offer === "string" && params.offer ? { offer: params.offer } : {};
  const enterpriseId = me.enterprise?.id ?? "-";
  const [dashboard, t] = await Promise.all([
    forPage(getEnterpriseDashboard(me, enterpriseId, query)),
    getTranslations("dashboards"),
  ]);
  const exportHref = (table: string) =>
    `/api/v1/enterprises/${enterpriseId}/dashboard/export.csv?${new URLSearchParams(query.offer ? { offer: query.offer, table } : { table })}`;
  const applicants = (offerId: string, status?: string) =>
    `/enterprise/offers/${offerId}/applicants${status ? `?status=${status}` : ""}`;
  const offers = enterpriseTable(dashboard, "offers");
  const pipeline = enterpriseTable(dashboard, "pipeline");
  const schools = enterpriseTable(dashboard, "schools");
  const sent = Object.values(dashboard.pipeline).reduce((sum, n) => sum + n, 0);
  const hires = dashboard.pipeline.ACCEPTED ?? 0;
  const label = (cell: unknown) =>
    cell === null ? t("unknown") : typeof cell === "object" ? t((cell as { t: string }).t) : String(cell);

  return (
    <>
      <PageHeader title={t("title")} lead={t("enterpriseLead", { enterprise: dashboard.enterprise.name })} />
      <FilterForm
        resetHref="/enterprise/dashboard"
        fields={[
          {
            name: "offer",
            label: t("filters.offer"),
            any: t("filters.anyOffer"),
            value: query.offer ?? "",
            options: dashboard.offerChoices.map((o) => ({ value: o.id, label: o.title })),
          },
        ]}
      />
      <Stack spacing={3}>
        <Alert severity="info">{t("viewsNotTracked")}</Alert>
        <FigureCards
          figures={[
            {
              label: t("cards.applications"),
              value: String(sent),
              ...(query.offer && { href: applicants(query.offer) }),
            },
            {
              label: t("cards.hires"),
              value: String(hires),
              ...(query.offer && { href: applicants(query.offer, "ACCEPTED") }),
            },
          ]}
        />
        <DashboardSection
          id="pipeline"
          title={t("tables.pipeline")}
          table={pipeline}
          exportHref={exportHref("pipeline")}
          drill={query.offer ? PIPELINE.map((status) => applicants(query.offer!, status)) : undefined}
          chart={
            <BarFigure
              labels={pipeline.rows.map((row) => label(row[0]))}
              values={pipeline.rows.map((row) => Number(row[1] ?? 0))}
              label={t("columns.applications")}
            />
          }
        />
        <DashboardSection
          id="offers"
          title={t("tables.offers")}
          table={offers}
          exportHref={exportHref("offers")}
          drill={dashboard.offers.map((o) => applicants(o.id))}
          chart={
            <BarFigure
              labels={offers.rows.slice(0, 12).map((row) => label(row[0]))}
              values={offers.rows.slice(0, 12).map((row) => Number(row[1] ?? 0))}
              label={t("columns.applications")}
            />
          }
        />
        <DashboardSection
          id="schools"
          title={t("tables.schools")}
          table={schools}
          exportHref={exportHref("schools")}
          chart={
            <BarFigure
              labels={schools.rows.slice(0, 12).map((row) => label(row[0]))}
              values={schools.rows.slice(0, 12).map((row) => Number(row[1] ?? 0))}
              label={t("columns.applications")}
            />
          }
        />
      </Stack>
    </>
  );
}
