"use server";
import { serverAction } from "@/lib/core/server-action";
import { requestExport } from "@/lib/reports/request-export";

/** Asks for an export of a list with its filters: a download link at once, or a queued export to follow. */
export const requestExportAction = serverAction((input: Record<string, unknown>, actor) => requestExport(actor, input));
