import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { conflict, field, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { importSourceScope, requireImportManager } from "./policy";
import { importSourceSchema } from "./schemas";
import { sourceColumns } from "./source-data";
import { sourceSelect, toSourceView, type ImportSourceView } from "./source-view";

/**
 * Replaces a source's settings. Saving it enabled resumes a paused source (its failure count starts
 * over); a changed URL forgets the validators of the old one.
 */
export async function updateImportSource(
  actor: Actor | null,
  sourceId: string,
  input: unknown,
): Promise<ImportSourceView> {
  const me = requireImportManager(actor);
  const data = await validate(importSourceSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.importSource.findFirst({
        where: { AND: [{ id: sourceId }, importSourceScope(me)] },
        select: { url: true, kind: true, enabled: true },
      });
      if (!before) throw notFound("importSourceNotFound");
      const columns = await sourceColumns(tx, me, data);
      const row = await tx.importSource.update({
        where: { id: sourceId, ...importSourceScope(me) },
        data: {
          ...columns,
          enterpriseId: me.importEnterpriseId ? undefined : columns.enterpriseId,
          ...(data.enabled && { pausedAt: null, consecutiveFailures: 0 }),
          ...(before.url !== data.url && { etag: null, lastModified: null }),
        },
        select: sourceSelect,
      });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "import-source.updated",
        entity: "ImportSource",
        entityId: sourceId,
        before,
        after: { url: row.url, kind: row.kind, enabled: row.enabled },
      });
      return toSourceView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("importSourceUrlTaken", { url: field("duplicate") });
    throw error;
  }
}
