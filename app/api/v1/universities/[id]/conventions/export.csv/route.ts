import { apiRoute } from "@/lib/core/api-route";
import { exportUniversityAgreements } from "@/lib/agreements/list-university-agreements";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) => {
  const csv = await exportUniversityAgreements(await actor(), params.id, query());
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="agreements.csv"',
    },
  });
});
