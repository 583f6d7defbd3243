import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./db";
import { currentRequest } from "./request-context";

/**
 * Records a sensitive action (who, what, when, from where, before/after) in the caller's
 * transaction. The address is the current request's (apiRoute, serverAction); workflows and
 * scripts have none. The table is append-only (a trigger, prisma/schema-extras.sql).
 */
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
      ip: currentRequest()?.ip ?? null,
    },
  });
}
