import { apiRoute } from "@/lib/core/api-route";
import { searchSkills } from "@/lib/skills/search-skills";

export const GET = apiRoute(async ({ query }) => searchSkills(query()));
