import { apiRoute } from "@/lib/core/api-route";
import { downloadExport } from "@/lib/reports/download-export";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const file = await downloadExport(await actor(), params.id);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "private, no-store",
    },
  });
});
