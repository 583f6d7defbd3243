import { fileTypeFromBuffer } from "file-type";
import { db } from "@/lib/core/db";
import { field, invalid, notFound } from "@/lib/core/errors";
import { fileStorage } from "@/lib/core/storage";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "@/lib/students/policy";
import { queueProfileImport } from "./queue-profile-import";
import { linkedInArchiveProblem } from "./read-linkedin-export";
import { PROFILE_IMPORT_RULES, profileImportRequestSchema } from "./schemas";

type UploadedFile = { bytes: Uint8Array; fileName: string };

/**
 * The student sends the file they got out of LinkedIn (the profile saved as PDF, or the data export
 * ZIP): it is checked from its bytes, stored until it is read, and a reading is queued.
 */
export async function startLinkedInImport(actor: Actor | null, studentId: string, file: UploadedFile | null) {
  const me = requireOwnStudent(actor, studentId);
  if (!file) throw invalid({ file: field("required") }, "profileImportFileRequired");
  const rules = PROFILE_IMPORT_RULES;
  const tooLarge = { key: "fileTooLarge", values: { megabytes: rules.maxBytes / 1024 / 1024 } } as const;
  const wrongType = { key: "fileType", values: { types: rules.label } } as const;
  if (file.bytes.byteLength === 0) throw invalid({ file: field("fileEmpty") }, "fileEmpty");
  if (file.bytes.byteLength > rules.maxBytes) throw invalid({ file: tooLarge }, tooLarge);
  const sniffed = await fileTypeFromBuffer(file.bytes);
  if (!sniffed || !(rules.types as readonly string[]).includes(sniffed.mime))
    throw invalid({ file: wrongType }, wrongType);

  const archive = sniffed.mime === "application/zip" ? linkedInArchiveProblem(file.bytes) : null;
  if (archive) throw invalid({ file: field(archive) }, archive);

  const fileName = file.fileName.replace(/[^\p{L}\p{N}._ -]+/gu, "_").slice(0, 150) || "linkedin";
  const { storageKey } = await fileStorage().put({ bytes: file.bytes, fileName, contentType: sniffed.mime });
  try {
    return await db.$transaction((tx) =>
      queueProfileImport(tx, {
        studentId: me.studentId,
        source: sniffed.mime === "application/zip" ? "LINKEDIN_EXPORT" : "LINKEDIN_PDF",
        storageKey,
        fileName,
      }),
    );
  } catch (error) {
    await fileStorage()
      .remove(storageKey)
      .catch(() => {});
    throw error;
  }
}

/** The student asks for the CV already on their profile to be read again (« Remplir depuis mon CV »). */
export async function startCvImport(actor: Actor | null, studentId: string, input: unknown) {
  const me = requireOwnStudent(actor, studentId);
  await validate(profileImportRequestSchema, input);
  const student = await db.student.findUniqueOrThrow({
    where: { id: me.studentId },
    select: {
      cv: {
        select: {
          ownerId: true,
          deletedAt: true,
          versions: { orderBy: { version: "desc" }, take: 1, select: { storageKey: true, fileName: true } },
        },
      },
    },
  });
  const latest =
    student.cv && !student.cv.deletedAt && student.cv.ownerId === me.userId ? student.cv.versions[0] : null;
  if (!latest) throw notFound("noCvToAnalyse");
  return db.$transaction((tx) =>
    queueProfileImport(tx, {
      studentId: me.studentId,
      source: "CV",
      storageKey: latest.storageKey,
      fileName: latest.fileName,
    }),
  );
}
