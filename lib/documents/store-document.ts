import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { db, type Tx } from "@/lib/core/db";
import { field, invalid } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { fileStorage } from "@/lib/core/storage";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { UPLOAD_RULES } from "./upload-rules";

export type UploadedFile = { bytes: Uint8Array; fileName: string };

type Target = {
  ownerId: string;
  kind: DocumentKind;
  title: string;
  enterpriseId?: string;
  internshipId?: string;
  verificationId?: string;
  /** The logbook week it is attached to (the caller checked the week is the owner's). */
  activityId?: string;
  /** A new version of this document instead of a new document (the caller checked ownership). */
  documentId?: string;
  /** Issued by the platform (certificates): no document.uploaded, nothing to acknowledge or review. */
  generated?: boolean;
};

/**
 * Checks a file against its kind's rules (not empty, not too large, its type read from the bytes)
 * and returns the sniffed type; a caller storing several files checks them all first.
 */
export async function checkUpload(kind: DocumentKind, file: UploadedFile): Promise<string> {
  const rules = UPLOAD_RULES[kind];
  const tooLarge = { key: "fileTooLarge", values: { megabytes: rules.maxBytes / 1024 / 1024 } } as const;
  const wrongType = { key: "fileType", values: { types: rules.label } } as const;
  if (file.bytes.byteLength === 0) throw invalid({ file: field("fileEmpty") }, "fileEmpty");
  if (file.bytes.byteLength > rules.maxBytes) throw invalid({ file: tooLarge }, tooLarge);
  const sniffed = await fileTypeFromBuffer(file.bytes);
  if (!sniffed || !rules.types.includes(sniffed.mime)) throw invalid({ file: wrongType }, wrongType);
  return sniffed.mime;
}

/**
 * Checks a file against its kind's rules, stores it, and records the document (or its next
 * version) with its SHA-256 and a document.uploaded event. Not a use case: callers decide who may
 * attach what to which owner. `then` runs in the same transaction, for the caller's own writes.
 */
export async function storeDocument(
  target: Target,
  file: UploadedFile,
  then?: (tx: Tx, ids: { documentId: string; versionId: string }) => Promise<void>,
): Promise<{ documentId: string; versionId: string }> {
  const contentType = await checkUpload(target.kind, file);
  const fileName = file.fileName.replace(/[^\p{L}\p{N}._ -]+/gu, "_").slice(0, 150) || "document";
  const { storageKey } = await fileStorage().put({ bytes: file.bytes, fileName, contentType });
  try {
    return await db.$transaction(async (tx) => {
      const documentId =
        target.documentId ??
        (
          await tx.document.create({
            data: {
              ownerId: target.ownerId,
              kind: target.kind,
              title: target.title,
              enterpriseId: target.enterpriseId,
              internshipId: target.internshipId,
              verificationId: target.verificationId,
              activityId: target.activityId,
            },
          })
        ).id;
      const previous = await tx.documentVersion.aggregate({ where: { documentId }, _max: { version: true } });
      const version = await tx.documentVersion.create({
        data: {
          documentId,
          version: (previous._max.version ?? 0) + 1,
          storageKey,
          fileName,
          contentType,
          size: file.bytes.byteLength,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          uploadedById: target.ownerId,
        },
      });
      if (target.documentId)
        await tx.document.update({ where: { id: documentId }, data: { status: "PENDING", title: target.title } });
      if (!target.generated) await recordEvent(tx, "document.uploaded", { documentId, versionId: version.id });
      const ids = { documentId, versionId: version.id };
      await then?.(tx, ids);
      return ids;
    });
  } catch (error) {
    await fileStorage()
      .remove(storageKey)
      .catch(() => {});
    throw error;
  }
}
