import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { fileStorage } from "@/lib/core/storage";
import { documentInUse } from "./policy";

const BATCH = 200;

/**
 * The retention rule: a document deleted more than DOCUMENT_RETENTION_DAYS ago loses its files
 * (every version) and its rows. Documents something still points at are left alone. Idempotent: a
 * file already gone is fine, and the row goes only after its files, so a failure is retried the
 * next night.
 */
export async function purgeDeletedDocuments(now = new Date()): Promise<{ documents: number; files: number }> {
  const before = new Date(now.getTime() - env().DOCUMENT_RETENTION_DAYS * 86_400_000);
  let documents = 0;
  let files = 0;
  for (;;) {
    const due = await db.document.findMany({
      where: { deletedAt: { lte: before }, NOT: documentInUse },
      select: { id: true, versions: { select: { storageKey: true } } },
      orderBy: { deletedAt: "asc" },
      take: BATCH,
    });
    for (const document of due) {
      for (const { storageKey } of document.versions) {
        await fileStorage().remove(storageKey);
        files += 1;
      }
      await db.document.deleteMany({ where: { id: document.id, deletedAt: { lte: before } } });
      documents += 1;
    }
    if (due.length < BATCH) break;
  }
  if (documents) logger.info({ documents, files }, "deleted documents purged");
  return { documents, files };
}
