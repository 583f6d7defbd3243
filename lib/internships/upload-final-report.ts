import { db } from "@/lib/core/db";
import { conflict, field, forbidden, invalid } from "@/lib/core/errors";
import { storeDocument, type UploadedFile } from "@/lib/documents/store-document";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { scopedInternship } from "./evaluation-internship";

/**
 * The student uploads their final report (a PDF, checked by content): a first upload creates the
 * internship's report, a later one is its next version, pending the supervisor's review again.
 * Refused once the report is validated or the internship is over.
 */
export async function uploadFinalReport(actor: Actor | null, internshipId: string, file: UploadedFile | null) {
  const me = requireRole(actor, "STUDENT");
  const internship = await scopedInternship(me, internshipId);
  if (internship.studentId !== me.studentId) throw forbidden();
  if (internship.status !== "ACTIVE") throw conflict("internshipNotActive");
  if (internship.finalReportId) throw conflict("finalReportAlreadyValidated");
  if (!file) throw invalid({ file: field("required") });
  const current = await db.document.findFirst({
    where: { internshipId: internship.id, kind: "REPORT", ownerId: me.userId, deletedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  const stored = await storeDocument(
    {
      ownerId: me.userId,
      kind: "REPORT",
      title: "Rapport de stage",
      internshipId: internship.id,
      documentId: current?.id,
    },
    file,
  );
  return { id: stored.documentId, versionId: stored.versionId, status: "PENDING" as const };
}
