import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { documentView, documentViewSelect } from "./document-view";
import { readableDocument, reviewableDocument } from "./policy";

/** A document the caller may read, its review and its versions, each with a signed short-lived download link. */
export async function getDocument(actor: Actor | null, documentId: string) {
  const me = requireActor(actor);
  if (!isPlausibleId(documentId)) throw notFound("documentNotFound");
  const row = await db.document.findFirst({
    where: { AND: [{ id: documentId }, readableDocument(me)] },
    select: documentViewSelect,
  });
  if (!row) throw notFound("documentNotFound");
  const reviewer = await db.document.count({ where: { AND: [{ id: row.id }, reviewableDocument(me)] } });
  return documentView(me, row, reviewer > 0);
}
