import { db } from "@/lib/core/db";
import { conflict, forbidden, notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { decideFinalReport } from "@/lib/internships/decide-final-report";
import { readableDocument, reviewableDocument } from "./policy";
import { reviewDocument } from "./review-document";
import { documentDecisionSchema } from "./schemas";

/**
 * The internship's supervisor, its university's admins or a system admin validate a pending
 * internship document, or reject it with a reason its owner reads (who may then send a new
 * version). A final report goes through the internship's own review, which also makes it the
 * final report. Another party of the internship is refused; anyone else reads "not found".
 */
export async function validateDocument(actor: Actor | null, documentId: string, input: unknown) {
  const me = requireActor(actor);
  const { decision, reason } = await validate(documentDecisionSchema, input);
  if (!isPlausibleId(documentId)) throw notFound("documentNotFound");
  const result = await db.$transaction(async (tx) => {
    const document = await tx.document.findFirst({
      where: { AND: [{ id: documentId }, readableDocument(me)] },
      select: { id: true, kind: true, status: true, internshipId: true },
    });
    if (!document) throw notFound("documentNotFound");
    const reviewer = await tx.document.count({ where: { AND: [{ id: document.id }, reviewableDocument(me)] } });
    if (!document.internshipId) throw conflict("documentNotReviewable");
    if (!reviewer) throw forbidden();
    if (document.kind === "REPORT") return { reportOf: document.internshipId as string };
    if (document.status !== "PENDING") throw conflict("documentNotPending");
    if (!(await reviewDocument(tx, document.id, { status: decision, reviewerId: me.userId, reason })))
      throw conflict("documentNotPending");
    return {
      id: document.id,
      status: decision,
      reason: decision === "REJECTED" ? (reason ?? null) : null,
      reportOf: null,
    };
  });
  if (result.reportOf) return decideFinalReport(me, result.reportOf, documentId, { decision, reason });
  return { id: result.id, status: result.status, reason: result.reason };
}
