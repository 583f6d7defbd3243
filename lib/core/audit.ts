import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./db";

/** Records a sensitive action (who, what, when, before/after) in the caller's transaction. */
export async function recordAudit(
  tx: Tx,
  entry: {
    actorId: string | null;
    action: string;
    entity: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
