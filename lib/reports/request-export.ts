import { auditExportRows, AUDIT_FILTER_KEYS } from "@/lib/audit/audit-export-rows";
import { db } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { EXPORT_QUEUE_THRESHOLD, requestExportSchema } from "./schemas";

export type RequestedExport =
  { queued: false; rows: number; href: string } | { queued: true; rows: number; exportId: string };

/** Only the filters the list knows, as texts (they are validated again when the file is written). */
const keptFilters = (filters: Record<string, unknown>) =>
  Object.fromEntries(
    AUDIT_FILTER_KEYS.flatMap((key) =>
      typeof filters[key] === "string" && filters[key] !== "" ? [[key, filters[key] as string]] : [],
    ),
  );

/**
 * An export of a list with its filters: a small one is downloaded at once (`href`, CSV); a large one
 * (more than EXPORT_QUEUE_THRESHOLD rows), or any XLSX, is queued for the `produce-export` workflow,
 * whose progress the requester follows and whose file only they may download.
 */
export async function requestExport(actor: Actor | null, input: unknown): Promise<RequestedExport> {
  const request = await validate(requestExportSchema, input);
  const filters = keptFilters(request.filters as Record<string, unknown>);
  // The list checks the caller and the filters (a refusal or a bad filter stops here).
  const list = await auditExportRows(actor, filters);
  const rows = await list.count();
  if (rows <= EXPORT_QUEUE_THRESHOLD && request.format === "csv") {
    return { queued: false, rows, href: `/api/v1/audit/export.csv?${new URLSearchParams(filters)}` };
  }
  const me = actor!;
  const day = new Date().toISOString().slice(0, 10);
  const job = await db.$transaction(async (tx) => {
    const created = await tx.exportJob.create({
      data: {
        requestedById: me.userId,
        kind: "AUDIT_LOG",
        format: request.format === "xlsx" ? "XLSX" : "CSV",
        filters,
        locale: me.locale as "fr" | "en" | "ar",
        rowsTotal: rows,
        fileName: `audit-${day}.${request.format}`,
      },
      select: { id: true },
    });
    await recordEvent(tx, "export.requested", { exportId: created.id });
    return created;
  });
  return { queued: true, rows, exportId: job.id };
}
