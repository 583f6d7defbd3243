import { Cron } from "croner";
import { logger } from "@/lib/core/logger";
import { scheduledWorkflows } from "./functions";
import { runScheduledLocally } from "./local-runner";

/**
 * The in-process stand-in for Inngest's cron triggers: every minute, runs each scheduled workflow
 * whose slot has come since the last check. Slots missed while the server was down are skipped.
 */
export function startLocalScheduler(checkEveryMs = 60_000): void {
  const schedules = scheduledWorkflows.map((workflow) => ({
    workflow,
    cron: new Cron(workflow.cron, { timezone: "UTC", paused: true }),
  }));
  let lastCheck = new Date();
  const tick = async () => {
    const now = new Date();
    for (const { workflow, cron } of schedules) {
      const slot = cron.nextRun(lastCheck);
      if (slot && slot <= now) {
        await runScheduledLocally(workflow, `${workflow.id}:${slot.toISOString()}`).catch((error) =>
          logger.error({ err: error, workflow: workflow.id }, "scheduled workflow failed"),
        );
      }
    }
    lastCheck = now;
  };
  setInterval(() => void tick(), checkEveryMs).unref();
}
