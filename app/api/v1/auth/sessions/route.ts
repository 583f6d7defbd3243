import { apiRoute } from "@/lib/core/api-route";
import { listSessions } from "@/lib/identity/list-sessions";

export const GET = apiRoute(async ({ actor }) => ({ sessions: await listSessions(await actor()) }));
