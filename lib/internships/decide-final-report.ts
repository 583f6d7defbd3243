import { db } from "@/lib/core/db";
import { conflict, forbidden, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import { reviewDocument } from "@/lib/documents/review-document";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { scopedInternship } from "./evaluation-internship";
import { reportDecisionSchema } from "./evaluation-schemas";

/**
 * The supervisor (or the university's admins, or a system admin) validates the student's pending
 * final report, which becomes the internship's final report, or rejects it with a reason the
 * student reads; the student may then upload a new version.
 */
export async function decideFinalReport(actor: Actor | null, internshipId: string, documentId: string, input: unknown) {
  const me = requireRole(actor, "UNIVERSITY_SUPERVISOR", "UNIVERSITY_ADMIN", "SYSTEM_ADMIN");
  const { decision, reason } = await validate(reportDecisionSchema, input);
  return db.$transaction(async (tx) => {
    const internship = await scopedInternship(me, internshipId, tx);
    if (me.role === "UNIVERSITY_SUPERVISOR" && internship.supervisorId !== me.university?.staffId) throw forbidden();
    const document = await tx.document.findFirst({
      where: { id: documentId, internshipId: internship.id, kind: "REPORT", deletedAt: null },
      select: { id: true, status: true },
    });
    if (!document) throw notFound("documentNotFound");
    if (document.status !== "PENDING") throw conflict("reportNotPending");
    if (!(await reviewDocument(tx, document.id, { status: decision, reviewerId: me.userId, reason })))
      throw conflict("reportNotPending");
    if (decision === "VALIDATED")
      await tx.internship.update({ where: { id: internship.id }, data: { finalReportId: document.id } });
    return { id: document.id, status: decision, reason: decision === "REJECTED" ? reason : null };
  });
}
