import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { exportJobScope, exportViewSelect, toExportView, type ExportView } from "./export-jobs";

/** One of the caller's exports, with its progress (another's reads as not found). */
export async function getExport(actor: Actor | null, exportId: string): Promise<ExportView> {
  const me = requireActor(actor);
  const row = await db.exportJob.findFirst({
    where: { AND: [{ id: exportId }, exportJobScope(me)] },
    select: exportViewSelect,
  });
  if (!row) throw notFound();
  return toExportView(row);
}

/** The caller's latest exports, newest first. */
export async function listMyExports(actor: Actor | null, take = 20): Promise<ExportView[]> {
  const me = requireActor(actor);
  const rows = await db.exportJob.findMany({
    where: exportJobScope(me),
    orderBy: { createdAt: "desc" },
    take,
    select: exportViewSelect,
  });
  const now = new Date();
  return rows.map((row) => toExportView(row, now));
}
