import { apiRoute } from "@/lib/core/api-route";
import { getUniversity } from "@/lib/universities/get-university";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getUniversity(await actor(), params.id));
