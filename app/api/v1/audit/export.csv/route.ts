import { apiRoute } from "@/lib/core/api-route";
import { exportAuditEntries } from "@/lib/audit/export-audit-entries";

export const GET = apiRoute(async ({ actor, query }) => {
  const csv = await exportAuditEntries(await actor(), query());
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await csv.lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await csv.lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csv.fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});
