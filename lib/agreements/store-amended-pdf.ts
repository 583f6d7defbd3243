import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { storeDocument } from "@/lib/documents/store-document";
import { renderAgreementPdf, sha256Hex } from "./agreement-pdf";
import { agreementPdfData } from "./agreement-pdf-data";
import { storeSignedPdf } from "./store-signed-pdf";

/**
 * Once an amendment is signed and applied, the agreement's PDF is rendered again: its content as
 * amended, and an « Avenants » section listing every signed amendment (date, what changed, who
 * signed). It is stored as the next version of the agreement's document, and the agreement's
 * `contentSha256` becomes the new PDF's; the original stays verifiable (its version keeps its
 * SHA-256, and every signature keeps the SHA-256 of the document it signed). Idempotent: the same
 * amendments render the same bytes, and a version with those bytes is not stored twice.
 */
export async function storeAmendedPdf(agreementId: string): Promise<{ versionId: string | null }> {
  const row = await db.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: { status: true, documentId: true, contentSha256: true, student: { select: { userId: true } } },
  });
  if (row.status !== "VALIDATED") throw conflict("agreementNotValidated");
  // The original is stored first (by its own workflow, or here): a retry then adds the amended version.
  if (!row.documentId) {
    await storeSignedPdf(agreementId);
    throw new Error(`agreement ${agreementId}: the original PDF was not stored yet; retry`);
  }
  const bytes = await renderAgreementPdf(await agreementPdfData(db, agreementId, "signed"));
  const sha256 = sha256Hex(bytes);
  const latest = await db.documentVersion.findFirst({
    where: { documentId: row.documentId },
    orderBy: { version: "desc" },
    select: { sha256: true },
  });
  if (latest?.sha256 === sha256) return { versionId: null };
  const documentId = row.documentId;
  const { versionId } = await storeDocument(
    {
      ownerId: row.student.userId,
      kind: "AGREEMENT",
      title: `Agreement ${agreementId}`,
      documentId,
      generated: true,
    },
    { bytes, fileName: `agreement-${agreementId}.pdf` },
    async (tx, ids) => {
      // Two runs at once: only the one that finds the hash it read still recorded goes on.
      const moved = await tx.agreement.updateMany({
        where: { id: agreementId, documentId, contentSha256: row.contentSha256 },
        data: { contentSha256: sha256 },
      });
      if (moved.count === 0) throw conflict("agreementPdfStored");
      await tx.document.update({ where: { id: ids.documentId }, data: { status: "VALIDATED" } });
      await recordAudit(tx, {
        actorId: null,
        action: "agreement.pdf-amended",
        entity: "Agreement",
        entityId: agreementId,
        before: { contentSha256: row.contentSha256, sha256: latest?.sha256 ?? null },
        after: { contentSha256: sha256, versionId: ids.versionId },
      });
    },
  );
  return { versionId };
}
