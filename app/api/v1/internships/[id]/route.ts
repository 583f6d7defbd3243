import { apiRoute } from "@/lib/core/api-route";
import { getInternship } from "@/lib/internships/get-internship";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getInternship(await actor(), params.id));
