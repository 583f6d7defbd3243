import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { storeDocument } from "@/lib/documents/store-document";
import { renderAgreementPdf } from "./agreement-pdf";
import { agreementPdfData } from "./agreement-pdf-data";

/**
 * Renders a validated agreement with every signature and stores it as its document (through the
 * storage interface, SHA-256 recorded on the version), linked as the agreement's PDF. Idempotent:
 * an agreement that has its PDF keeps it, and of two concurrent runs only one links a document
 * (the other's transaction, and its stored file, are undone).
 */
export async function storeSignedPdf(agreementId: string): Promise<{ documentId: string; created: boolean }> {
  const row = await db.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: { status: true, documentId: true, student: { select: { userId: true } } },
  });
  if (row.documentId) return { documentId: row.documentId, created: false };
  if (row.status !== "VALIDATED") throw conflict("agreementNotValidated");
  const bytes = await renderAgreementPdf(await agreementPdfData(db, agreementId, "signed"));
  try {
    const { documentId } = await storeDocument(
      {
        ownerId: row.student.userId,
        kind: "AGREEMENT",
        title: `Agreement ${agreementId}`,
      },
      { bytes, fileName: `agreement-${agreementId}.pdf` },
      async (tx, ids) => {
        const linked = await tx.agreement.updateMany({
          where: { id: agreementId, documentId: null },
          data: { documentId: ids.documentId },
        });
        if (linked.count === 0) throw conflict("agreementPdfStored");
        await tx.document.update({ where: { id: ids.documentId }, data: { status: "VALIDATED" } });
      },
    );
    return { documentId, created: true };
  } catch (error) {
    const again = await db.agreement.findUnique({ where: { id: agreementId }, select: { documentId: true } });
    if (again?.documentId) return { documentId: again.documentId, created: false };
    throw error;
  }
}
