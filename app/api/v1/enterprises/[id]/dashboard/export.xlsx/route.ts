import { apiRoute } from "@/lib/core/api-route";
import { xlsxHeaders, xlsxStream } from "@/lib/core/xlsx-stream";
import { exportEnterpriseDashboard, xlsxColumns } from "@/lib/reports/export-dashboard";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) => {
  const file = await exportEnterpriseDashboard(await actor(), params.id, query());
  return new Response(xlsxStream(file.name, xlsxColumns(file), file.rows), {
    headers: xlsxHeaders(`${file.name}.xlsx`),
  });
});
