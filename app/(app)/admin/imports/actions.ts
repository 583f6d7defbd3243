"use server";
import { serverAction } from "@/lib/core/server-action";
import { requestImportRun } from "@/lib/imports/request-import-run";

export const runImportNow = serverAction(async (sourceId: string, actor) => requestImportRun(actor, sourceId), {
  input: "id",
});
