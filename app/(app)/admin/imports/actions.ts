"use server";
import { serverAction } from "@/lib/core/server-action";
import { createImportSource } from "@/lib/imports/create-import-source";
import { requestImportRun } from "@/lib/imports/request-import-run";
import { updateImportSource } from "@/lib/imports/update-import-source";

// Used by the admin imports page and by an enterprise's careers-page card: the domain functions decide
// who may change which source (a system admin any, an enterprise's admins their enterprise's own).

export const runImportNow = serverAction(async (sourceId: string, actor) => requestImportRun(actor, sourceId), {
  input: "id",
});

export const createSource = serverAction(async (input: unknown, actor) => createImportSource(actor, input));

/** Saves a source's settings; "Disable" and "Enable" are the same save with `enabled` switched. */
export const updateSource = serverAction(async ({ sourceId, source }: { sourceId: string; source: unknown }, actor) =>
  updateImportSource(actor, typeof sourceId === "string" ? sourceId : "", source),
);
