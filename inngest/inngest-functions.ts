import { inngestClient } from "./client";
import { workflows } from "./functions";
import type { Steps } from "./workflow";

/** The workflows as Inngest functions, for serve(): the same handlers the in-process runner calls. */
export function inngestFunctions() {
  return workflows.map((workflow) =>
    inngestClient().createFunction(
      { id: workflow.id, triggers: [{ event: workflow.trigger }], retries: (workflow.retries ?? 4) as 4 },
      // Inngest types step results as their JSON form; our Steps promise the value itself, which holds
      // because workflow steps return JSON-safe values (the in-process runner stores them as JSON too).
      ({ event, step }) =>
        workflow.handler({ event: { id: event.id!, name: workflow.trigger, data: event.data as never }, step: step as unknown as Steps }),
    ),
  );
}
