import { db } from "@/lib/core/db";
import { conflict, forbidden, notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { deletionRefusal, documentInUse, readableDocument } from "./policy";

/**
 * Its owner (or a system admin) deletes a document: it disappears at once (lists, links, signed
 * links already handed out), and its files are purged after DOCUMENT_RETENTION_DAYS by the nightly
 * purge. Issued or signed records, validated documents and documents still in use are kept.
 * Another reader of the document is refused; anyone else reads "not found".
 */
export async function deleteDocument(actor: Actor | null, documentId: string) {
  const me = requireActor(actor);
  if (!isPlausibleId(documentId)) throw notFound("documentNotFound");
  return db.$transaction(async (tx) => {
    const document = await tx.document.findFirst({
      where: { AND: [{ id: documentId }, readableDocument(me)] },
      select: { id: true, kind: true, status: true, ownerId: true },
    });
    if (!document) throw notFound("documentNotFound");
    if (document.ownerId !== me.userId && me.role !== "SYSTEM_ADMIN") throw forbidden();
    const used = (await tx.document.count({ where: { AND: [{ id: document.id }, documentInUse] } })) > 0;
    const refusal = deletionRefusal({ ...document, used });
    if (refusal) throw conflict(refusal);
    const { count } = await tx.document.updateMany({
      where: { id: document.id, ownerId: document.ownerId, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (count !== 1) throw notFound("documentNotFound");
  });
}
