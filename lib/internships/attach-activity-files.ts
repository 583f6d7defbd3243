import { db } from "@/lib/core/db";
import { AppError, conflict, field, invalid, notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { Actor } from "@/lib/identity/actor";
import { checkUpload, storeDocument, type UploadedFile } from "@/lib/documents/store-document";
import { activityAttachments } from "./activity-attachments";
import { ownInternship } from "./own-internship";
import { LOGBOOK_ATTACHMENTS_MAX } from "./schemas";

const KIND = "LOGBOOK_ATTACHMENT";
const full = { key: "logbookAttachmentsFull", values: { max: LOGBOOK_ATTACHMENTS_MAX } } as const;

/** A file's refusal, said of the form's `files` field. */
function onFiles(error: unknown): never {
  if (error instanceof AppError && error.details.fieldErrors?.file)
    throw new AppError(error.code, error.reason, { fieldErrors: { files: error.details.fieldErrors.file } });
  throw error;
}

/**
 * The student attaches files to one of their logbook weeks while the internship is under way: at
 * most three a week, each a PDF, an image or an office document of 5 MB at most, its type read from
 * its bytes. Every file is checked before any is stored, so a refused one leaves the week as it was.
 * The files are documents of the student, read by the internship's parties through the week.
 */
export async function attachActivityFiles(
  actor: Actor | null,
  internshipId: string,
  activityId: string,
  files: UploadedFile[],
) {
  if (!isPlausibleId(internshipId)) throw notFound("internshipNotFound");
  const { me, internship } = await ownInternship(db, actor, internshipId, "writeLogbook");
  if (internship.status !== "ACTIVE") throw conflict("internshipNotActive");
  const week = isPlausibleId(activityId)
    ? await db.activityLog.findFirst({
        where: { id: activityId, internshipId: internship.id },
        select: { id: true, _count: { select: { attachments: { where: { deletedAt: null } } } } },
      })
    : null;
  if (!week) throw notFound("activityNotFound");
  if (files.length === 0) throw invalid({ files: field("required") });
  if (week._count.attachments + files.length > LOGBOOK_ATTACHMENTS_MAX)
    throw invalid({ files: field("tooMany", { max: LOGBOOK_ATTACHMENTS_MAX }) }, full);
  for (const file of files) await checkUpload(KIND, file).catch(onFiles);

  for (const file of files) {
    await storeDocument(
      { ownerId: me.userId, kind: KIND, title: file.fileName.slice(0, 150) || "document", activityId: week.id },
      file,
      async (tx) => {
        // Two uploads at once must not pass the limit together: the week's row is the lock.
        await tx.$queryRaw`SELECT id FROM "ActivityLog" WHERE id = ${week.id} FOR UPDATE`;
        const count = await tx.document.count({ where: { activityId: week.id, deletedAt: null } });
        if (count > LOGBOOK_ATTACHMENTS_MAX) throw conflict(full);
      },
    ).catch(onFiles);
  }
  return { activityId: week.id, attachments: await activityAttachments(week.id) };
}
