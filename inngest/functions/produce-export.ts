import { finishExport, writeExportFile } from "@/lib/reports/produce-export";
import { purgeExpiredExports } from "@/lib/reports/purge-expired-exports";
import { defineScheduledWorkflow, defineWorkflow } from "../workflow";

/**
 * A large export: its file is written (progress on the row as it goes) and stored, then the
 * requester is told. Each step is idempotent: a stored file is not written again, the requester is
 * told once (the READY transition is the claim).
 */
export const produceExport = defineWorkflow({
  id: "produce-export",
  trigger: "export.requested",
  retries: 3,
  handler: async ({ event, step }) => {
    const { storageKey } = await step.run("write", () => writeExportFile(event.data.exportId));
    if (!storageKey) return { exportId: event.data.exportId, ready: false };
    const { notified } = await step.run("finish", () => finishExport(event.data.exportId));
    return { exportId: event.data.exportId, ready: true, notified };
  },
});

/** Every night, the files of expired exports are removed from storage. */
export const purgeExpiredExportsNightly = defineScheduledWorkflow({
  id: "purge-expired-exports",
  cron: "45 3 * * *",
  handler: ({ step }) => step.run("purge", () => purgeExpiredExports()),
});
