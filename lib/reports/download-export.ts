import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { fileStorage } from "@/lib/core/storage";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { exportJobScope } from "./export-jobs";

const CONTENT_TYPES = {
  CSV: "text/csv; charset=utf-8",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * The file of one of the caller's exports: only its requester may download it, until it expires
 * (another's, or an expired one, reads as not found; one still being written is a conflict).
 */
export async function downloadExport(actor: Actor | null, exportId: string) {
  const me = requireActor(actor);
  const job = await db.exportJob.findFirst({
    where: { AND: [{ id: exportId }, exportJobScope(me)] },
    select: { status: true, storageKey: true, fileName: true, format: true, expiresAt: true },
  });
  if (!job || job.status === "FAILED" || (job.expiresAt && job.expiresAt <= new Date())) throw notFound();
  if (job.status !== "READY" || !job.storageKey) throw conflict("exportNotReady");
  const bytes = await fileStorage().get(job.storageKey);
  if (!bytes) throw notFound();
  return { bytes, fileName: job.fileName, contentType: CONTENT_TYPES[job.format] };
}
