import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { importSourceScope, requireImportManager } from "./policy";
import {
  runSelect,
  sourceSelect,
  toRunView,
  toSourceView,
  type ImportRunView,
  type ImportSourceView,
} from "./source-view";

/** One source the caller manages, with its last runs (newest first). */
export async function getImportSource(
  actor: Actor | null,
  sourceId: string,
): Promise<ImportSourceView & { runs: ImportRunView[] }> {
  const me = requireImportManager(actor);
  const row = await db.importSource.findFirst({
    where: { AND: [{ id: sourceId }, importSourceScope(me)] },
    select: { ...sourceSelect, runs: { select: runSelect, orderBy: { startedAt: "desc" }, take: 20 } },
  });
  if (!row) throw notFound("importSourceNotFound");
  const { runs, ...source } = row;
  return { ...toSourceView(source), runs: runs.map(toRunView) };
}
