import { apiRoute } from "@/lib/core/api-route";
import { csvHeaders, csvStream } from "@/lib/core/csv-stream";
import { exportEnterpriseDashboard } from "@/lib/reports/export-dashboard";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) => {
  const file = await exportEnterpriseDashboard(await actor(), params.id, query());
  return new Response(csvStream(file.header, file.rows), { headers: csvHeaders(`${file.name}.csv`) });
});
