import { env, inngestConfigured } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { relayOutbox, type EventSender } from "@/lib/core/outbox-relay";
import { inngestClient } from "./client";
import { workflows } from "./functions";
import { runLocally } from "./local-runner";
import { startLocalScheduler } from "./local-scheduler";

/** Where outbox events go: Inngest when configured, else the in-process runner. */
export const sendToWorkflows: EventSender = async (event) => {
  if (inngestConfigured()) {
    await inngestClient().send({ id: event.id, name: event.name, data: event.data });
  } else {
    await runLocally(workflows, event);
  }
};

let running: Promise<unknown> | null = null;

/** Relays pending events now; calls made while a relay runs share it. Never throws. */
export function kickRelay(): Promise<unknown> {
  running ??= relayOutbox(sendToWorkflows)
    .catch((error) => logger.error({ err: error }, "outbox relay failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/**
 * In a long-running server: retry undelivered events on a timer and, without Inngest, run the
 * cron workflows (serverless relies on requests and Inngest's own crons).
 */
export function startBackgroundWork(intervalMs = 5000): void {
  if (env().NODE_ENV === "test") return;
  setInterval(() => void kickRelay(), intervalMs).unref();
  if (!inngestConfigured()) startLocalScheduler();
}
