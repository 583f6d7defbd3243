import { translator } from "@/lib/core/translator";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { enterpriseTable, universityTable, type Cell, type Table } from "./dashboard-tables";
import { getEnterpriseDashboard } from "./get-enterprise-dashboard";
import { getUniversityDashboard } from "./get-university-dashboard";
import { enterpriseExportSchema, universityExportSchema, type EnterpriseTable, type UniversityTable } from "./schemas";

export type DashboardExport = {
  /** The file's name without its extension: the same table is offered as CSV and as XLSX. */
  name: string;
  header: string[];
  /** Each column's spreadsheet number format, where it has one (rates as percentages). */
  formats: (string | undefined)[];
  rows: (string | number | null)[][];
};

/** Columns holding a share between 0 and 1. */
const RATE_COLUMNS = new Set(["rate", "acceptedRate"]);

/** A table with its texts in the caller's language, ready to be written as CSV or XLSX. */
function translated(table: Table, locale: string, name: string): DashboardExport {
  const t = translator(locale, "dashboards");
  const text = (cell: Cell) => (cell !== null && typeof cell === "object" ? t(cell.t) : cell);
  return {
    name,
    header: table.columns.map((column) => t(`columns.${column}`)),
    formats: table.columns.map((column) => (RATE_COLUMNS.has(column) ? "0.0%" : undefined)),
    rows: table.rows.map((row) => row.map(text)),
  };
}

/** The export's columns for the spreadsheet writer. */
export const xlsxColumns = (file: DashboardExport) =>
  file.header.map((header, index) => ({ header, format: file.formats[index] }));

/** One table of a university dashboard, with the same filters and the same checks as the dashboard. */
export async function exportUniversityDashboard(
  actor: Actor | null,
  universityId: string,
  input: unknown,
): Promise<DashboardExport> {
  const dashboard = await getUniversityDashboard(actor, universityId, input);
  const { table } = await validate(universityExportSchema, input);
  const locale = actor!.locale;
  return translated(universityTable(dashboard, table as UniversityTable, locale), locale, `university-${table}`);
}

/** One table of an enterprise dashboard, with the same filter and checks as the dashboard. */
export async function exportEnterpriseDashboard(
  actor: Actor | null,
  enterpriseId: string,
  input: unknown,
): Promise<DashboardExport> {
  const dashboard = await getEnterpriseDashboard(actor, enterpriseId, input);
  const { table } = await validate(enterpriseExportSchema, input);
  return translated(enterpriseTable(dashboard, table as EnterpriseTable), actor!.locale, `enterprise-${table}`);
}
