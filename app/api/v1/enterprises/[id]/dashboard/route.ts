import { apiRoute } from "@/lib/core/api-route";
import { getEnterpriseDashboard } from "@/lib/reports/get-enterprise-dashboard";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  getEnterpriseDashboard(await actor(), params.id, query()),
);
