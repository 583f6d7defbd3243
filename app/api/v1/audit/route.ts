import { apiRoute } from "@/lib/core/api-route";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";

export const GET = apiRoute(async ({ actor, query }) => listAuditEntries(await actor(), query()));
