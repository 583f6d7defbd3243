import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/core/db";
import { withRequestContext } from "@/lib/core/request-context";
import { inSpan } from "@/lib/core/telemetry";
import type { AppEvent } from "./events";
import type { ScheduledWorkflow, Steps, Workflow } from "./workflow";

/**
 * Step tools backed by the WorkflowStep table: a step that succeeded for this event is never run
 * again, so a retried delivery resumes where it failed, as it would on Inngest.
 */
export function memoisedSteps(functionId: string, eventId: string): Steps {
  return {
    async run(stepId, fn) {
      const key = { functionId, eventId, stepId };
      const done = await db.workflowStep.findUnique({ where: { functionId_eventId_stepId: key } });
      if (done) return done.output as Awaited<ReturnType<typeof fn>>;
      const output = await fn();
      await db.workflowStep.create({ data: { ...key, output: (output ?? null) as Prisma.InputJsonValue } });
      return output;
    },
  };
}

/**
 * The embedded default when no Inngest is configured: runs every workflow triggered by the event,
 * in this process. Not durable across restarts beyond what the outbox retries; see README.
 */
export async function runLocally(workflows: Workflow[], event: AppEvent): Promise<void> {
  const errors: unknown[] = [];
  for (const workflow of workflows.filter((w) => w.trigger === event.name)) {
    try {
      const attributes = {
        "app.workflow": workflow.id,
        "app.event": event.name,
        "app.request_id": event.requestId ?? "",
      };
      const run = () =>
        inSpan(`workflow ${workflow.id}`, attributes, () =>
          workflow.handler({ event: event as never, step: memoisedSteps(workflow.id, event.id) }),
        );
      await (event.requestId ? withRequestContext({ requestId: event.requestId }, run) : run());
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length) throw new AggregateError(errors, `${errors.length} workflow(s) failed for ${event.name}`);
}

/** Runs one scheduled workflow for the slot `runId` (its steps memoised like an event's). */
export async function runScheduledLocally(workflow: ScheduledWorkflow, runId: string): Promise<void> {
  await workflow.handler({ runId, step: memoisedSteps(workflow.id, runId) });
}
