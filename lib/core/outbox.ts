import type { EventCatalogue, EventName } from "@/inngest/events";
import type { Tx } from "./db";
import { currentRequest } from "./request-context";

/**
 * Records an event in the caller's transaction, so it exists exactly when the change that causes
 * it is committed. The relay delivers it afterwards. The request that caused it is noted on the row,
 * so that the workflows' logs can be joined to the request's.
 */
export async function recordEvent<N extends EventName>(tx: Tx, name: N, data: EventCatalogue[N]): Promise<string> {
  const requestId = currentRequest()?.requestId;
  const row = await tx.outboxEvent.create({ data: { name, data, requestId }, select: { id: true } });
  return row.id;
}
