import { apiRoute } from "@/lib/core/api-route";
import { listEnterpriseInterns } from "@/lib/internships/list-enterprise-interns";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  listEnterpriseInterns(await actor(), params.id, query()),
);
