import { apiRoute } from "@/lib/core/api-route";
import { listEnterprises } from "@/lib/enterprises/list-enterprises";

export const GET = apiRoute(async ({ query }) => listEnterprises(query()));
