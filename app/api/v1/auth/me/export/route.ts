import { apiRoute } from "@/lib/core/api-route";
import { exportPersonalData } from "@/lib/reports/export-personal-data";

export const GET = apiRoute(async ({ actor }) => {
  const archive = await exportPersonalData(await actor());
  return new Response(archive.bytes as BodyInit, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${archive.fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
