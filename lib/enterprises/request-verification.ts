import { fileTypeFromBuffer } from "file-type";
import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, invalid } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import { storeDocument, type UploadedFile } from "@/lib/documents/store-document";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { requireEnterpriseAdmin } from "./policy";
import { MAX_VERIFICATION_DOCUMENTS, MAX_VERIFICATION_TOTAL_BYTES, verificationRequestSchema } from "./schemas";

const RULES = UPLOAD_RULES.ENTERPRISE_REGISTRATION;

/** Every file is checked before any is stored, so one bad file leaves nothing behind. */
async function checkFiles(files: UploadedFile[]): Promise<void> {
  if (files.length === 0) throw invalid({ documents: field("filesRequired") });
  if (files.length > MAX_VERIFICATION_DOCUMENTS)
    throw invalid({ documents: field("tooMany", { max: MAX_VERIFICATION_DOCUMENTS }) });
  if (files.reduce((sum, file) => sum + file.bytes.byteLength, 0) > MAX_VERIFICATION_TOTAL_BYTES)
    throw invalid({ documents: field("filesTooLarge", { megabytes: MAX_VERIFICATION_TOTAL_BYTES / 1024 / 1024 }) });
  for (const file of files) {
    if (file.bytes.byteLength === 0) throw invalid({ documents: field("fileEmpty") });
    if (file.bytes.byteLength > RULES.maxBytes)
      throw invalid({ documents: field("fileTooLarge", { megabytes: RULES.maxBytes / 1024 / 1024 }) });
    const sniffed = await fileTypeFromBuffer(file.bytes);
    if (!sniffed || !RULES.types.includes(sniffed.mime))
      throw invalid({ documents: field("fileType", { types: RULES.label }) });
  }
}

const alreadyPending = () => conflict("verificationPending");

/**
 * An enterprise admin asks for verification: its registration number and 1–5 documents (PDF or
 * images). The enterprise becomes PENDING until a system admin decides; a request already under
 * review, or an enterprise already verified, is a conflict.
 */
export async function requestVerification(
  actor: Actor | null,
  input: { registrationNumber?: unknown; documents?: UploadedFile[] },
): Promise<{ verificationId: string }> {
  const me = requireEnterpriseAdmin(requireActor(actor));
  const enterpriseId = me.enterprise.id;
  const { registrationNumber } = await validate(verificationRequestSchema, {
    registrationNumber: input.registrationNumber,
  });
  const files = input.documents ?? [];
  await checkFiles(files);
  const current = await db.enterprise.findUniqueOrThrow({
    where: { id: enterpriseId },
    select: { verificationStatus: true },
  });
  if (current.verificationStatus === "PENDING") throw alreadyPending();
  if (current.verificationStatus === "VERIFIED") throw conflict("alreadyVerified");

  const documentIds: string[] = [];
  for (const file of files) {
    const stored = await storeDocument(
      {
        ownerId: me.userId,
        kind: "ENTERPRISE_REGISTRATION",
        title: file.fileName.slice(0, 150) || "document",
        enterpriseId,
      },
      file,
    );
    documentIds.push(stored.documentId);
  }
  try {
    return await db.$transaction(async (tx) => {
      // Claiming the status atomically is what stops a second request racing this one.
      const claimed = await tx.enterprise.updateMany({
        where: { id: enterpriseId, verificationStatus: { in: ["UNVERIFIED", "REJECTED"] } },
        data: { verificationStatus: "PENDING", registrationNumber },
      });
      if (claimed.count === 0) throw alreadyPending();
      const verification = await tx.enterpriseVerification.create({
        data: { enterpriseId, registrationNumber, documents: { connect: documentIds.map((id) => ({ id })) } },
        select: { id: true },
      });
      await recordEvent(tx, "enterprise.verification-requested", { enterpriseId, verificationId: verification.id });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "enterprise.verification-requested",
        entity: "Enterprise",
        entityId: enterpriseId,
        before: current,
        after: { verificationStatus: "PENDING", registrationNumber, documentIds },
      });
      return { verificationId: verification.id };
    });
  } catch (error) {
    await db.document.updateMany({ where: { id: { in: documentIds } }, data: { deletedAt: new Date() } });
    throw error;
  }
}
