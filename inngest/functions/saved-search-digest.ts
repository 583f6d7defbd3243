import { sendSearchDigests } from "@/lib/offers/saved-searches/send-search-digests";
import { defineScheduledWorkflow } from "../workflow";

/**
 * Every morning, one e-mail per student with the offers that appeared yesterday for their saved
 * searches. sendSearchDigests is idempotent per day, so a repeated or retried run sends nothing new.
 */
export const savedSearchDigest = defineScheduledWorkflow({
  id: "saved-search-digest",
  cron: "0 7 * * *",
  handler: ({ step }) => step.run("send-digests", () => sendSearchDigests()),
});
