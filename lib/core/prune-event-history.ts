import { db } from "./db";
import { env } from "./env";

const DAY = 86_400_000;

/**
 * Removes what the event machinery no longer needs once the retention period has passed: outbox
 * rows delivered before the cutoff, and workflow steps memoised before it. The steps of an event
 * still waiting in the outbox stay whatever their age, since its next delivery resumes from them.
 * Running it again removes nothing more.
 */
export async function pruneEventHistory(now = new Date(), retentionDays = env().EVENT_RETENTION_DAYS) {
  const cutoff = new Date(now.getTime() - retentionDays * DAY);
  const outboxEvents = (await db.outboxEvent.deleteMany({ where: { deliveredAt: { lt: cutoff } } })).count;
  const workflowSteps = await db.$executeRaw`
    delete from "WorkflowStep" s
    where s."createdAt" < ${cutoff}
      and not exists (select 1 from "OutboxEvent" o where o.id = s."eventId" and o."deliveredAt" is null)`;
  return { outboxEvents, workflowSteps };
}
