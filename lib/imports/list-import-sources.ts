import { db } from "@/lib/core/db";
import { pageArgs, pageSchema, toPage, type Page } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { importSourceScope, requireImportManager } from "./policy";
import { sourceSelect, toSourceView, type ImportSourceView } from "./source-view";

/** The sources the caller manages (all for system admins, their enterprise's for its admins), newest first. */
export async function listImportSources(actor: Actor | null, input: unknown = {}): Promise<Page<ImportSourceView>> {
  const me = requireImportManager(actor);
  const page = await validate(pageSchema, input);
  const rows = await db.importSource.findMany({
    where: importSourceScope(me),
    select: sourceSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(page),
  });
  return toPage(rows.map(toSourceView), page.limit);
}
