import { pruneEventHistory } from "@/lib/core/prune-event-history";
import { defineScheduledWorkflow } from "../workflow";

/** Every night, delivered events and memoised steps older than EVENT_RETENTION_DAYS are removed. */
export const pruneEventHistoryNightly = defineScheduledWorkflow({
  id: "prune-event-history",
  cron: "30 3 * * *",
  handler: ({ step }) => step.run("prune", () => pruneEventHistory()),
});
