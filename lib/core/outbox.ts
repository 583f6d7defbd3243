import type { EventCatalogue, EventName } from "@/inngest/events";
import type { Tx } from "./db";

/**
 * Records an event in the caller's transaction, so it exists exactly when the change that causes
 * it is committed. The relay delivers it afterwards.
 */
export async function recordEvent<N extends EventName>(tx: Tx, name: N, data: EventCatalogue[N]): Promise<string> {
  const row = await tx.outboxEvent.create({ data: { name, data }, select: { id: true } });
  return row.id;
}
