import { apiRoute } from "@/lib/core/api-route";
import { getExport } from "@/lib/reports/get-export";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getExport(await actor(), params.id));
