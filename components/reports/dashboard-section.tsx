import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Table } from "@/lib/reports/dashboard-tables";
import { DashboardTable } from "./dashboard-table";

type Props = {
  id: string;
  title: string;
  table: Table;
  /** The CSV of this table, with the page's filters (its `export.xlsx` sibling gives the same as XLSX). */
  exportHref: string;
  drill?: (string | null)[];
  chart?: ReactNode;
  note?: string;
};

/** One figure of a dashboard: its chart, the same figures as a table, and its CSV and XLSX exports. */
export async function DashboardSection({ id, title, table, exportHref, drill, chart, note }: Props) {
  const t = await getTranslations("dashboards");
  const xlsxHref = exportHref.replace("/export.csv", "/export.xlsx");
  return (
    <Card component="section" aria-labelledby={`${id}-title`} data-testid={`figure-${id}`}>
      <CardContent>
        <Stack
          direction="row"
          spacing={1}
          sx={{ mb: 1, justifyContent: "space-between", alignItems: "baseline", flexWrap: "wrap" }}
        >
          <Typography id={`${id}-title`} variant="h2" sx={{ fontSize: "1.15rem" }}>
            {title}
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button
              href={exportHref}
              size="small"
              download
              aria-label={t("exportOf", { table: title })}
              data-testid={`export-${id}`}
            >
              {t("export")}
            </Button>
            <Button
              href={xlsxHref}
              size="small"
              download
              aria-label={t("exportXlsxOf", { table: title })}
              data-testid={`export-xlsx-${id}`}
            >
              {t("exportXlsx")}
            </Button>
          </Stack>
        </Stack>
        {note && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {note}
          </Typography>
        )}
        {chart}
        <DashboardTable table={table} caption={title} drill={drill} />
      </CardContent>
    </Card>
  );
}
