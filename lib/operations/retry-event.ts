import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/**
 * A system admin re-queues an undelivered event whose workflows failed: it is due at once instead
 * of after its backoff, and the relay (kicked after the action) delivers it again. Steps that
 * succeeded before are not run twice (memoised). A delivered or unknown event is not found.
 */
export async function retryEvent(actor: Actor | null, eventId: unknown) {
  const me = requireRole(actor, "SYSTEM_ADMIN");
  if (!isPlausibleId(eventId)) throw notFound();
  return db.$transaction(async (tx) => {
    const event = await tx.outboxEvent.findFirst({
      where: { id: eventId, deliveredAt: null },
      select: { id: true, name: true, attempts: true, availableAt: true },
    });
    if (!event) throw notFound();
    const now = new Date();
    await tx.outboxEvent.update({ where: { id: event.id, deliveredAt: null }, data: { availableAt: now } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "event.retried",
      entity: "OutboxEvent",
      entityId: event.id,
      before: { name: event.name, attempts: event.attempts, availableAt: event.availableAt },
      after: { availableAt: now },
    });
    return { id: event.id, availableAt: now };
  });
}
