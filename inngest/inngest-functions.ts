import { inngestClient } from "./client";
import { kickRelay } from "./dispatch";
import { scheduledWorkflows, workflows } from "./functions";
import type { Steps } from "./workflow";

/** The workflows as Inngest functions, for serve(): the same handlers the in-process runner calls. */
export function inngestFunctions() {
  const client = inngestClient();
  const fromWorkflows = workflows.map((workflow) =>
    client.createFunction(
      { id: workflow.id, triggers: [{ event: workflow.trigger }], retries: (workflow.retries ?? 4) as 4 },
      // Inngest types step results as their JSON form; our Steps promise the value itself, which holds
      // because workflow steps return JSON-safe values (the in-process runner stores them as JSON too).
      ({ event, step }) =>
        workflow.handler({
          event: { id: event.id!, name: workflow.trigger, data: event.data as never },
          step: step as unknown as Steps,
        }),
    ),
  );
  const scheduled = scheduledWorkflows.map((workflow) =>
    client.createFunction({ id: workflow.id, triggers: [{ cron: workflow.cron }] }, ({ event, step }) =>
      workflow.handler({ runId: `${workflow.id}:${event.id ?? event.ts}`, step: step as unknown as Steps }),
    ),
  );
  // Serverless instances have no timer: this sweep delivers outbox rows whose first relay failed.
  const sweep = client.createFunction({ id: "outbox-sweep", triggers: [{ cron: "* * * * *" }] }, () => kickRelay());
  return [...fromWorkflows, ...scheduled, sweep];
}
