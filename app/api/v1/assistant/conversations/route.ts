import { listConversations } from "@/lib/assistant/list-conversations";
import { apiRoute } from "@/lib/core/api-route";

/** The caller's past assistant conversations, the latest first. */
export const GET = apiRoute(async ({ actor }) => listConversations(await actor()));
