import { apiRoute } from "@/lib/core/api-route";
import { listUniversities } from "@/lib/universities/list-universities";

export const GET = apiRoute(async ({ actor, query }) => listUniversities(await actor(), query()));
