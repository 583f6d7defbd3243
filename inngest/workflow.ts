import type { AppEvent, EventCatalogue, EventName } from "./events";

/**
 * The step tools a workflow may use: the subset that both Inngest and the in-process runner
 * provide with the same meaning (each step runs once per event, its result memoised).
 */
export type Steps = {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
};

export type Workflow<N extends EventName = EventName> = {
  id: string;
  trigger: N;
  retries?: number;
  handler: (context: { event: AppEvent<N>; step: Steps }) => Promise<unknown>;
};

/** A workflow run on a cron schedule; `runId` names the scheduled slot, so a repeated run is harmless. */
export type ScheduledWorkflow = {
  id: string;
  cron: string;
  handler: (context: { runId: string; step: Steps }) => Promise<unknown>;
};

export function defineWorkflow<N extends EventName>(workflow: Workflow<N>): Workflow<N> {
  return workflow;
}

export function defineScheduledWorkflow(workflow: ScheduledWorkflow): ScheduledWorkflow {
  return workflow;
}

export type { EventCatalogue };
