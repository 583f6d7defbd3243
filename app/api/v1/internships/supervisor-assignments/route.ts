import { apiRoute } from "@/lib/core/api-route";
import { assignSupervisor } from "@/lib/internships/assign-supervisor";

export const POST = apiRoute(async ({ actor, body }) => assignSupervisor(await actor(), await body()));
