import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { importSourceScope, requireImportManager } from "./policy";
import { runSelect, toRunView, type ImportRunView } from "./source-view";

/** A run's report, for whoever manages its source. */
export async function getImportRun(actor: Actor | null, runId: string): Promise<ImportRunView> {
  const me = requireImportManager(actor);
  const row = await db.importRun.findFirst({
    where: { id: runId, source: importSourceScope(me) },
    select: runSelect,
  });
  if (!row) throw notFound("importRunNotFound");
  return toRunView(row);
}
