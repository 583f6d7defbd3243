import { apiRoute } from "@/lib/core/api-route";
import { sendAssistantMessage } from "@/lib/assistant/send-message";

/** A question to the assistant, answered from the caller's own records. */
export const POST = apiRoute(async ({ actor, body }) => sendAssistantMessage(await actor(), await body()), {
  rateLimit: { points: 30, seconds: 60 },
});
