import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { fileStorage } from "@/lib/core/storage";
import type { Actor } from "@/lib/identity/actor";
import { readableDocument } from "./policy";
import { checkSignedDownload, isSignedQuery, signDownload } from "./signed-url";

export type Download =
  { redirect: string } | { bytes: Uint8Array; kind: string; fileName: string; contentType: string; sha256: string };

const VERSION = {
  id: true,
  storageKey: true,
  fileName: true,
  contentType: true,
  sha256: true,
  document: { select: { kind: true } },
} as const;

/**
 * A document's bytes, only through a signed short-lived link (signed-url.ts), except public logos.
 * Without a signature the caller's session decides: a reader of the document is sent to a fresh
 * link to its latest version (or `?version=n`); anyone else gets 404, so ids cannot be probed.
 * A link stops working when it expires or once the document is deleted.
 */
export async function downloadDocument(
  actor: Actor | null,
  documentId: string,
  query: Record<string, string>,
): Promise<Download> {
  const inline = query.disposition === "inline";
  let version;
  if (isSignedQuery(query)) {
    const versionId = checkSignedDownload(documentId, query);
    version = await db.documentVersion.findFirst({
      where: { id: versionId, documentId, document: { deletedAt: null } },
      select: VERSION,
    });
  } else {
    const number = /^\d{1,6}$/.test(query.version ?? "") ? Number(query.version) : undefined;
    const document = await db.document.findFirst({
      where: { AND: [{ id: documentId }, readableDocument(actor)] },
      select: { versions: { where: { version: number }, orderBy: { version: "desc" }, take: 1, select: VERSION } },
    });
    version = document?.versions[0];
    if (version && version.document.kind !== "LOGO")
      return { redirect: signDownload(documentId, version.id, { inline }).url };
  }
  if (!version) throw notFound("documentNotFound");
  const bytes = await fileStorage().get(version.storageKey);
  if (!bytes) throw notFound("documentFileNotFound");
  return {
    bytes,
    kind: version.document.kind,
    fileName: version.fileName,
    contentType: version.contentType,
    sha256: version.sha256,
  };
}
