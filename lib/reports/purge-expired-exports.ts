import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";

/**
 * Removes the files of exports past their expiry (and of failed ones), keeping the rows as a record;
 * run nightly. Idempotent: a purged export has no storage key left.
 */
export async function purgeExpiredExports(now = new Date()): Promise<{ purged: number }> {
  const due = await db.exportJob.findMany({
    where: { storageKey: { not: null }, OR: [{ expiresAt: { lte: now } }, { status: "FAILED" }] },
    select: { id: true, storageKey: true },
    take: 500,
  });
  for (const job of due) {
    await fileStorage().remove(job.storageKey!);
    await db.exportJob.update({ where: { id: job.id }, data: { storageKey: null } });
  }
  return { purged: due.length };
}
