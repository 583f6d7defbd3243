import { translator } from "@/lib/core/translator";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { enterpriseTable, universityTable, type Cell, type Table } from "./dashboard-tables";
import { getEnterpriseDashboard } from "./get-enterprise-dashboard";
import { getUniversityDashboard } from "./get-university-dashboard";
import { enterpriseExportSchema, universityExportSchema, type EnterpriseTable, type UniversityTable } from "./schemas";

export type DashboardExport = { filename: string; header: string[]; rows: (string | number | null)[][] };

/** A table with its texts in the caller's language, ready to be written as CSV. */
function translated(table: Table, locale: string, name: string): DashboardExport {
  const t = translator(locale, "dashboards");
  const text = (cell: Cell) => (cell !== null && typeof cell === "object" ? t(cell.t) : cell);
  return {
    filename: `${name}.csv`,
    header: table.columns.map((column) => t(`columns.${column}`)),
    rows: table.rows.map((row) => row.map(text)),
  };
}

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
