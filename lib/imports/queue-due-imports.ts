import { db } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";

/**
 * The schedule: queues a run of every enabled, unpaused source whose interval has passed since its
 * last run, with no run under way. Each run is named by its source and slot (`slotKey`), so the
 * schedule retried, or run twice for the same slot, queues nothing more.
 */
export async function queueDueImports(now = new Date()): Promise<{ queued: number }> {
  const due = await db.$queryRaw<{ id: string; intervalMinutes: number }[]>`
    select s.id, s."intervalMinutes" from "ImportSource" s
    where s.enabled and s."pausedAt" is null
      and (s."lastRunAt" is null or s."lastRunAt" + make_interval(mins => s."intervalMinutes") <= ${now})
      and not exists (
        select 1 from "ImportRun" r where r."sourceId" = s.id and r.status in ('QUEUED', 'RUNNING')
          and r."updatedAt" > ${now}::timestamptz - interval '1 hour')
    order by s."lastRunAt" nulls first
    limit 100`;
  let queued = 0;
  for (const source of due) {
    const slot = Math.floor(now.getTime() / (source.intervalMinutes * 60_000));
    const slotKey = `${source.id}:${slot}`;
    await db.$transaction(async (tx) => {
      const created = await tx.importRun.createManyAndReturn({
        data: [{ sourceId: source.id, trigger: "SCHEDULED", slotKey }],
        skipDuplicates: true,
        select: { id: true },
      });
      if (created.length === 0) return;
      await recordEvent(tx, "import.run-requested", { runId: created[0].id, sourceId: source.id });
      queued++;
    });
  }
  return { queued };
}
