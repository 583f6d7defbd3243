import { db } from "@/lib/core/db";
import { invalid } from "@/lib/core/errors";
import { storeDocument, type UploadedFile } from "@/lib/documents/store-document";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "./own-student";

/** A file field of a multipart form as storeDocument takes it; anything else (a text value, nothing) is null. */
export async function uploadedFile(value: FormDataEntryValue | null | undefined): Promise<UploadedFile | null> {
  if (!value || typeof value === "string") return null;
  return { bytes: new Uint8Array(await value.arrayBuffer()), fileName: value.name };
}

/**
 * The student uploads their CV (PDF only, checked from the bytes). Replacing it adds a version to
 * the same document, so earlier applications that attached it keep pointing at one document.
 */
export async function uploadCv(actor: Actor | null, studentId: string, file: UploadedFile | null) {
  const me = requireOwnStudent(actor, studentId);
  if (!file) throw invalid({ file: "required" }, "Attach the CV as a PDF file.");
  const student = await db.student.findUniqueOrThrow({
    where: { id: me.studentId },
    select: { cv: { select: { id: true, ownerId: true, deletedAt: true } } },
  });
  const current = student.cv && !student.cv.deletedAt && student.cv.ownerId === me.userId ? student.cv.id : undefined;
  const { documentId, versionId } = await storeDocument(
    { ownerId: me.userId, kind: "CV", title: `CV – ${me.name}`, documentId: current },
    file,
    async (tx, ids) => {
      await tx.student.update({ where: { id: me.studentId }, data: { cvDocumentId: ids.documentId } });
    },
  );
  const version = await db.documentVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { version: true, fileName: true, size: true, sha256: true, createdAt: true },
  });
  return { documentId, version: version.version, fileName: version.fileName, size: version.size, sha256: version.sha256, uploadedAt: version.createdAt };
}
