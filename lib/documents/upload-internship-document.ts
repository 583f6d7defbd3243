import { db } from "@/lib/core/db";
import { conflict, field, invalid, notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { internshipScope } from "@/lib/internships/policy";
import { internshipDocumentSchema } from "./schemas";
import { storeDocument, type UploadedFile } from "./store-document";

/** What the kind is called when the student gives no title (the reviewer reads it). */
const DEFAULT_TITLES = { INSURANCE_CERTIFICATE: "Attestation d'assurance", OTHER: "Document" } as const;

/**
 * The student adds a document to their internship (an insurance certificate, another paper the
 * university asks for), checked by its bytes against its kind's rules; with `documentId`, the file
 * is the next version of one of their documents of that internship, the history kept, and the
 * document pending review again. Refused once the internship is over.
 */
export async function uploadInternshipDocument(
  actor: Actor | null,
  internshipId: string,
  input: unknown,
  file: UploadedFile | null,
) {
  const me = requireRole(actor, "STUDENT");
  const { kind, title, documentId } = await validate(internshipDocumentSchema, input);
  if (!isPlausibleId(internshipId)) throw notFound("internshipNotFound");
  const internship = await db.internship.findFirst({
    where: { AND: [{ id: internshipId, studentId: me.studentId ?? "-" }, internshipScope(me)] },
    select: { id: true, status: true },
  });
  if (!internship) throw notFound("internshipNotFound");
  if (internship.status === "COMPLETED" || internship.status === "TERMINATED") throw conflict("internshipEnded");
  let current: { id: string; title: string } | null = null;
  if (documentId) {
    current = await db.document.findFirst({
      where: { id: documentId, internshipId: internship.id, ownerId: me.userId, kind, deletedAt: null },
      select: { id: true, title: true },
    });
    if (!current) throw invalid({ documentId: field("documentNotReplaceable") });
  }
  if (!file) throw invalid({ file: field("required") });
  const stored = await storeDocument(
    {
      ownerId: me.userId,
      kind,
      title: title || current?.title || DEFAULT_TITLES[kind],
      internshipId: internship.id,
      documentId: current?.id,
    },
    file,
  );
  const version = await db.documentVersion.findUniqueOrThrow({
    where: { id: stored.versionId },
    select: { version: true, sha256: true },
  });
  return { id: stored.documentId, versionId: stored.versionId, ...version, status: "PENDING" as const };
}
