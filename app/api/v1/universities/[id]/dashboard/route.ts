import { apiRoute } from "@/lib/core/api-route";
import { getUniversityDashboard } from "@/lib/reports/get-university-dashboard";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  getUniversityDashboard(await actor(), params.id, query()),
);
