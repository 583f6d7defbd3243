import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import type { ProfileImportSource } from "@/lib/generated/prisma/enums";

/**
 * A reading of a stored file, queued in the caller's transaction with its profile-import.requested
 * event: the workflow reads it once the upload is committed, and the page shows it pending until then.
 */
export async function queueProfileImport(
  tx: Tx,
  target: { studentId: string; source: ProfileImportSource; storageKey: string; fileName: string },
): Promise<{ importId: string }> {
  const row = await tx.profileImport.create({ data: target, select: { id: true } });
  await recordEvent(tx, "profile-import.requested", { importId: row.id, studentId: target.studentId });
  return { importId: row.id };
}
