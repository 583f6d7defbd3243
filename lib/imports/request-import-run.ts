import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { importSourceScope, requireImportManager } from "./policy";

/**
 * "Run now": queues a run of the source and hands it to the import workflow (import.run-requested).
 * One run at a time per source: while one is queued or running, another is a CONFLICT naming it.
 */
export async function requestImportRun(actor: Actor | null, sourceId: string): Promise<{ runId: string }> {
  const me = requireImportManager(actor);
  return db.$transaction(async (tx) => {
    const source = await tx.importSource.findFirst({
      where: { AND: [{ id: sourceId }, importSourceScope(me)] },
      select: { id: true },
    });
    if (!source) throw notFound("importSourceNotFound");
    // Serialises two clicks on "run now": the second waits for the first's commit, then sees its run.
    await tx.$executeRaw`select id from "ImportSource" where id = ${sourceId} for update`;
    const busy = await tx.importRun.findFirst({
      // A run silent for an hour crashed: it no longer blocks the next one.
      where: { sourceId, status: { in: ["QUEUED", "RUNNING"] }, updatedAt: { gte: new Date(Date.now() - 3_600_000) } },
      select: { id: true },
    });
    if (busy) throw conflict({ key: "importRunInProgress" });
    const run = await tx.importRun.create({ data: { sourceId, trigger: "MANUAL" }, select: { id: true } });
    await recordEvent(tx, "import.run-requested", { runId: run.id, sourceId });
    return { runId: run.id };
  });
}
