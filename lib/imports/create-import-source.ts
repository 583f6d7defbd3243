import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { conflict, field } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireImportManager } from "./policy";
import { importSourceSchema } from "./schemas";
import { sourceColumns } from "./source-data";
import { sourceSelect, toSourceView, type ImportSourceView } from "./source-view";

/** A new source; its first run comes with the schedule (or "run now"). One source per URL. */
export async function createImportSource(actor: Actor | null, input: unknown): Promise<ImportSourceView> {
  const me = requireImportManager(actor);
  const data = await validate(importSourceSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.importSource.create({
        data: { ...(await sourceColumns(tx, me, data)), createdById: me.userId },
        select: sourceSelect,
      });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "import-source.created",
        entity: "ImportSource",
        entityId: row.id,
        after: { url: row.url, kind: row.kind, enterpriseId: row.enterpriseId },
      });
      return toSourceView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("importSourceUrlTaken", { url: field("duplicate") });
    throw error;
  }
}
