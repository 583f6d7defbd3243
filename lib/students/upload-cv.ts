import { db } from "@/lib/core/db";
import { field, invalid } from "@/lib/core/errors";
import { storeDocument, type UploadedFile } from "@/lib/documents/store-document";
import type { Actor } from "@/lib/identity/actor";
import { queueProfileImport } from "@/lib/profile-import/queue-profile-import";
import { requireOwnStudent } from "./policy";

/**
 * The student uploads their CV (PDF only, checked from the bytes). Replacing it adds a version to
 * the same document, so earlier applications that attached it keep pointing at one document.
 */
export async function uploadCv(actor: Actor | null, studentId: string, file: UploadedFile | null) {
  const me = requireOwnStudent(actor, studentId);
  if (!file) throw invalid({ file: field("required") }, "cvRequired");
  const student = await db.student.findUniqueOrThrow({
    where: { id: me.studentId },
    select: { cv: { select: { id: true, ownerId: true, deletedAt: true } } },
  });
  const current = student.cv && !student.cv.deletedAt && student.cv.ownerId === me.userId ? student.cv.id : undefined;
  let profileImportId = "";
  const { documentId, versionId } = await storeDocument(
    { ownerId: me.userId, kind: "CV", title: `CV – ${me.name}`, documentId: current },
    file,
    async (tx, ids) => {
      await tx.student.update({ where: { id: me.studentId }, data: { cvDocumentId: ids.documentId } });
      // Every new CV is read for proposals to the profile (applied only once the student accepts them).
      const stored = await tx.documentVersion.findUniqueOrThrow({
        where: { id: ids.versionId },
        select: { storageKey: true, fileName: true },
      });
      profileImportId = (await queueProfileImport(tx, { studentId: me.studentId, source: "CV", ...stored })).importId;
    },
  );
  const version = await db.documentVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { version: true, fileName: true, size: true, sha256: true, createdAt: true },
  });
  return {
    documentId,
    version: version.version,
    fileName: version.fileName,
    size: version.size,
    sha256: version.sha256,
    uploadedAt: version.createdAt,
    profileImportId,
  };
}
