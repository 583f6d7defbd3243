import type { AppEvent } from "@/inngest/events";
import { db } from "./db";
import { logger } from "./logger";

export type EventSender = (event: AppEvent) => Promise<void>;

const LEASE_SECONDS = 120;
const MAX_BACKOFF_SECONDS = 3600;

type ClaimedRow = { id: string; name: string; data: unknown; attempts: number; requestId: string | null };

/**
 * Delivers due outbox rows, oldest first. A row is claimed by pushing its availableAt past a
 * lease, so concurrent relays (several instances, the timer and a request) never send it twice at
 * once; it is marked delivered only after the sender succeeded, and retried with backoff otherwise.
 * The row id is the event id, so Inngest (and the in-process runner) ignore a repeated send.
 */
export async function relayOutbox(send: EventSender, batchSize = 50): Promise<{ delivered: number; failed: number }> {
  const rows = await db.$queryRaw<ClaimedRow[]>`
    with claimed as (
      update "OutboxEvent" set "availableAt" = now() + make_interval(secs => ${LEASE_SECONDS}), "updatedAt" = now()
      where id in (
        select id from "OutboxEvent"
        where "deliveredAt" is null and "availableAt" <= now()
        order by "createdAt"
        limit ${batchSize}
        for update skip locked)
      returning id, name, data, attempts, "requestId", "createdAt")
    select id, name, data, attempts, "requestId" from claimed order by "createdAt", id`;

  let delivered = 0;
  let failed = 0;
  for (const row of rows) {
    try {
      const event = { id: row.id, name: row.name, data: row.data, ...(row.requestId && { requestId: row.requestId }) };
      await send(event as AppEvent);
      await db.outboxEvent.update({ where: { id: row.id }, data: { deliveredAt: new Date(), lastError: null } });
      delivered++;
    } catch (error) {
      failed++;
      const attempts = row.attempts + 1;
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** attempts * 5);
      logger.warn({ err: error, eventId: row.id, event: row.name, attempts }, "event delivery failed; will retry");
      await db.outboxEvent.update({
        where: { id: row.id },
        data: { attempts, lastError: String(error).slice(0, 1000), availableAt: new Date(Date.now() + backoff * 1000) },
      });
    }
  }
  return { delivered, failed };
}
