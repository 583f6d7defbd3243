import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { storeDocument } from "@/lib/documents/store-document";
import { documentToSign } from "./document-hash";

export type StoredToSign =
  | { stored: true; documentId: string; versionId: string; sha256: string; created: boolean }
  | { stored: false; skipped: "notSigning" | "changed" };

/** The version of the agreement's signing document holding these bytes, if it is stored. */
const versionWith = (documentId: string | null, sha256: string | null) =>
  documentId && sha256
    ? db.documentVersion.findFirst({ where: { documentId, sha256 }, select: { id: true, documentId: true } })
    : null;

/**
 * Stores the exact PDF the parties of a submitted agreement sign (`documentToSign`, no signature
 * yet) as a version of the agreement's signing document, with its SHA-256: one version per
 * submission, so what each signature signed (its `documentSha256`) can be shown later. Idempotent:
 * a submission whose document is stored stores nothing more, and of two concurrent runs only one
 * stores it. Skipped when the agreement is no longer being signed, or its document is no longer
 * the one recorded at submission (it went back to draft: the next submission stores its own).
 */
export async function storeDocumentToSign(agreementId: string): Promise<StoredToSign> {
  const row = await db.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: { status: true, contentSha256: true, signingDocumentId: true, student: { select: { userId: true } } },
  });
  if (row.status !== "SIGNING" || !row.contentSha256) return { stored: false, skipped: "notSigning" };
  const existing = await versionWith(row.signingDocumentId, row.contentSha256);
  if (existing) return found(existing, row.contentSha256);
  const { bytes, sha256 } = await documentToSign(db, agreementId);
  if (sha256 !== row.contentSha256) return { stored: false, skipped: "changed" };
  try {
    const ids = await storeDocument(
      {
        ownerId: row.student.userId,
        kind: "AGREEMENT",
        title: `Agreement ${agreementId} (to sign)`,
        documentId: row.signingDocumentId ?? undefined,
        generated: true,
      },
      { bytes, fileName: `agreement-${agreementId}-to-sign.pdf` },
      async (tx, { documentId, versionId }) => {
        // Runs at once queue on the agreement's row; the second finds the first's version and stops.
        await tx.$queryRaw`SELECT id FROM "Agreement" WHERE id = ${agreementId} FOR UPDATE`;
        const twin = await tx.documentVersion.count({ where: { documentId, sha256, id: { not: versionId } } });
        if (twin > 0) throw conflict("agreementPdfStored");
        const linked = await tx.agreement.updateMany({
          where: {
            id: agreementId,
            status: "SIGNING",
            contentSha256: sha256,
            signingDocumentId: row.signingDocumentId,
          },
          data: { signingDocumentId: documentId },
        });
        if (linked.count === 0) throw conflict("agreementPdfStored");
        await tx.document.update({ where: { id: documentId }, data: { status: "VALIDATED" } });
      },
    );
    return { stored: true, ...ids, sha256, created: true };
  } catch (error) {
    const again = await db.agreement.findUnique({ where: { id: agreementId }, select: { signingDocumentId: true } });
    const stored = await versionWith(again?.signingDocumentId ?? null, sha256);
    if (stored) return found(stored, sha256);
    throw error;
  }
}

const found = (version: { id: string; documentId: string }, sha256: string): StoredToSign => ({
  stored: true,
  documentId: version.documentId,
  versionId: version.id,
  sha256,
  created: false,
});
