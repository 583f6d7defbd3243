import { db } from "@/lib/core/db";
import { AppError, notFound } from "@/lib/core/errors";
import { fileStorage } from "@/lib/core/storage";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { renderAgreementPdf, sha256Hex } from "./agreement-pdf";
import { agreementPdfData, type PdfVersion } from "./agreement-pdf-data";
import { currentStep } from "./agreement-view";
import { agreementScope } from "./policy";
import { pdfQuerySchema } from "./schemas";
import { codeDigest } from "./signing-code";

export type AgreementPdfFile = { bytes: Uint8Array; fileName: string; sha256: string; version: PdfVersion };

const versionFor = (status: string): PdfVersion =>
  status === "SIGNING" ? "to-sign" : status === "VALIDATED" ? "signed" : "draft";

async function pdfOf(agreementId: string, status: string, documentId: string | null): Promise<AgreementPdfFile> {
  const fileName = `agreement-${agreementId}.pdf`;
  if (status === "VALIDATED" && documentId) {
    // The signed PDF as stored by the workflow, with the SHA-256 recorded when it was stored.
    const stored = await db.documentVersion.findFirst({
      where: { documentId },
      orderBy: { version: "desc" },
      select: { storageKey: true, sha256: true },
    });
    const bytes = stored && (await fileStorage().get(stored.storageKey));
    if (stored && bytes) return { bytes, fileName, sha256: stored.sha256, version: "signed" };
  }
  const version = versionFor(status);
  const bytes = await renderAgreementPdf(await agreementPdfData(db, agreementId, version));
  return { bytes, fileName, sha256: sha256Hex(bytes), version };
}

/**
 * The agreement as a PDF, for its parties and the staff concerned (the scope): a draft's preview,
 * while being signed the exact document every party signs (its SHA-256 is the one recorded with
 * each signature), once validated the signed PDF stored by the workflow.
 */
export async function readAgreementPdf(actor: Actor | null, agreementId: string): Promise<AgreementPdfFile> {
  const me = requireActor(actor);
  const row = await db.agreement.findFirst({
    where: { AND: [{ id: agreementId }, agreementScope(me)] },
    select: { id: true, status: true, documentId: true },
  });
  if (!row) throw notFound("agreementNotFound");
  return pdfOf(row.id, row.status, row.documentId);
}

/** The document to sign, for an outside signer holding a valid e-mailed code at their turn. */
export async function readAgreementPdfByCode(agreementId: string, code: string): Promise<AgreementPdfFile> {
  if (!code || code.length > 100) throw new AppError("INVALID_TOKEN", "signingCodeInvalid");
  const step = await db.agreementStep.findUnique({
    where: { codeHash: codeDigest(code) },
    select: {
      id: true,
      codeExpiresAt: true,
      agreement: {
        select: {
          id: true,
          status: true,
          documentId: true,
          steps: { orderBy: { order: "asc" }, select: { id: true, status: true } },
        },
      },
    },
  });
  if (!step || step.agreement.id !== agreementId || currentStep(step.agreement)?.id !== step.id)
    throw new AppError("INVALID_TOKEN", "signingCodeInvalid");
  if (step.codeExpiresAt && step.codeExpiresAt < new Date()) throw new AppError("INVALID_TOKEN", "signingCodeExpired");
  return pdfOf(step.agreement.id, step.agreement.status, null);
}

/**
 * The document a signature signed (`?signed=` its `documentSha256`), for the agreement's readers:
 * the PDF to sign as stored when the agreement was submitted, the bytes whose SHA-256 it recorded.
 * A hash no stored submission has (or a signature made before they were stored) is not found.
 */
export async function readSignedDocument(
  actor: Actor | null,
  agreementId: string,
  input: unknown,
): Promise<AgreementPdfFile> {
  const me = requireActor(actor);
  const { signed } = await validate(pdfQuerySchema, input);
  const row = await db.agreement.findFirst({
    where: { AND: [{ id: agreementId }, agreementScope(me)] },
    select: { id: true, signingDocumentId: true },
  });
  if (!row) throw notFound("agreementNotFound");
  const stored =
    signed && row.signingDocumentId
      ? await db.documentVersion.findFirst({
          where: { documentId: row.signingDocumentId, sha256: signed },
          select: { storageKey: true, sha256: true },
        })
      : null;
  const bytes = stored && (await fileStorage().get(stored.storageKey));
  if (!stored || !bytes) throw notFound("signedDocumentNotFound");
  return {
    bytes,
    fileName: `agreement-${row.id}-${stored.sha256.slice(0, 12)}.pdf`,
    sha256: stored.sha256,
    version: "to-sign",
  };
}
