import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { importSourceScope, requireImportManager } from "./policy";

/**
 * Removes a source with its runs and items. The offers it imported stay as they are (their source
 * link is cleared) and are no longer re-checked.
 */
export async function deleteImportSource(actor: Actor | null, sourceId: string): Promise<void> {
  const me = requireImportManager(actor);
  await db.$transaction(async (tx) => {
    const deleted = await tx.importSource.deleteMany({ where: { AND: [{ id: sourceId }, importSourceScope(me)] } });
    if (deleted.count === 0) throw notFound("importSourceNotFound");
    await recordAudit(tx, {
      actorId: me.userId,
      action: "import-source.deleted",
      entity: "ImportSource",
      entityId: sourceId,
    });
  });
}
