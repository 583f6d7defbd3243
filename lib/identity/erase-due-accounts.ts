import { db } from "@/lib/core/db";
import { logger } from "@/lib/core/logger";
import { fileStorage } from "@/lib/core/storage";
import { eraseAccount } from "./erase-account";

/**
 * The nightly erasure of accounts whose grace period is over, each in its own transaction (one
 * failing leaves the others erased and itself for the next night); the files go once the rows
 * are gone, so a crash in between leaves unreferenced files, never references to missing ones.
 */
export async function eraseDueAccounts(now = new Date(), batch = 100) {
  const due = await db.user.findMany({
    where: { deletionScheduledFor: { lte: now }, deletedAt: null },
    select: { id: true },
    take: batch,
  });
  let erased = 0;
  for (const { id } of due) {
    const files = await db.$transaction((tx) => eraseAccount(tx, id, now), { timeout: 60_000 });
    if (!files) continue;
    erased++;
    for (const key of files)
      await fileStorage()
        .remove(key)
        .catch((error: unknown) => logger.warn({ err: error, key }, "erased account: file not removed"));
  }
  return { erased };
}
