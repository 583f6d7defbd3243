import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import { utcToday } from "./weeks";

/**
 * Moves every planned internship whose first day has come (UTC) to ACTIVE, each in its own
 * transaction with its `internship.started` event. The update is conditional on PLANNED, so a
 * repeated or concurrent run starts no internship twice.
 */
export async function activateDueInternships(today: Date = utcToday()): Promise<{ started: number }> {
  const due = await db.internship.findMany({
    where: { status: "PLANNED", startDate: { lte: today } },
    select: { id: true },
    orderBy: { startDate: "asc" },
    take: 500,
  });
  let started = 0;
  for (const { id } of due) {
    started += await db.$transaction(async (tx) => {
      const now = new Date();
      const moved = await tx.internship.updateMany({
        where: { id, status: "PLANNED", startDate: { lte: today } },
        data: { status: "ACTIVE", startedAt: now },
      });
      if (moved.count === 0) return 0;
      await recordEvent(tx, "internship.started", { internshipId: id });
      await recordAudit(tx, {
        actorId: null,
        action: "internship.started",
        entity: "Internship",
        entityId: id,
        before: { status: "PLANNED" },
        after: { status: "ACTIVE", startedAt: now.toISOString() },
      });
      return 1;
    });
  }
  return { started };
}
