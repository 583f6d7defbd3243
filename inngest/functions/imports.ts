import { notifySaversOfChange } from "@/lib/imports/notify-savers";
import { notifySourcePaused } from "@/lib/imports/notify-source-paused";
import { queueDueImports } from "@/lib/imports/queue-due-imports";
import { runImport } from "@/lib/imports/run-import";
import { defineScheduledWorkflow, defineWorkflow } from "../workflow";

/** A queued import run is performed: fetch, normalise, merge, close what disappeared, report. */
export const performImportRun = defineWorkflow({
  id: "perform-import-run",
  trigger: "import.run-requested",
  retries: 2,
  handler: ({ event, step }) =>
    step.run("run", async () => {
      const run = await runImport(event.data.runId);
      return run && { status: run.status, created: run.created, updated: run.updated, closed: run.closed };
    }),
});

/** Every 15 minutes, the sources whose interval has passed get a run. */
export const queueDueImportRuns = defineScheduledWorkflow({
  id: "queue-due-import-runs",
  cron: "*/15 * * * *",
  handler: ({ step }) => step.run("queue", () => queueDueImports()),
});

/** Students who saved an imported offer hear that it closed or changed. */
export const tellSaversImportedOfferChanged = defineWorkflow({
  id: "tell-savers-imported-offer-changed",
  trigger: "import.offer-changed",
  handler: ({ event, step }) => step.run("notify", () => notifySaversOfChange(event.data)),
});

/** Whoever added a source hears that it was paused after repeated failures. */
export const tellSourcePaused = defineWorkflow({
  id: "tell-import-source-paused",
  trigger: "import.source-paused",
  handler: ({ event, step }) => step.run("email", () => notifySourcePaused(event.data.sourceId)),
});
