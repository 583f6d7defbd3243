import { apiRoute } from "@/lib/core/api-route";
import { listInternships } from "@/lib/internships/list-internships";

export const GET = apiRoute(async ({ actor, query }) => listInternships(await actor(), query()));
