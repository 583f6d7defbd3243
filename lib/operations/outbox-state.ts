import { db } from "@/lib/core/db";

export type OutboxState = {
  /** Events not delivered yet. */
  backlog: number;
  /** Of those, how many failed at least once. */
  failing: number;
  /** The oldest undelivered event's age, in seconds (0 when none waits). */
  oldestAgeSeconds: number;
  oldestCreatedAt: Date | null;
};

/** The outbox's lag: what waits for delivery, and for how long (through the partial index on undelivered rows). */
export async function outboxState(): Promise<OutboxState> {
  const [row] = await db.$queryRaw<
    { backlog: bigint; failing: bigint; oldest: Date | null; age: number | null }[]
  >`select count(*) as backlog, count(*) filter (where attempts > 0) as failing, min("createdAt") as oldest,
      extract(epoch from now() - min("createdAt"))::float8 as age
    from "OutboxEvent" where "deliveredAt" is null`;
  return {
    backlog: Number(row?.backlog ?? 0),
    failing: Number(row?.failing ?? 0),
    oldestAgeSeconds: Math.max(0, row?.age ?? 0),
    oldestCreatedAt: row?.oldest ?? null,
  };
}
