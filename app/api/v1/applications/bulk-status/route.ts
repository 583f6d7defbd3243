import { apiRoute } from "@/lib/core/api-route";
import { moveApplications } from "@/lib/applications/move-applications";

export const POST = apiRoute(async ({ actor, body }) => moveApplications(await actor(), await body()));
