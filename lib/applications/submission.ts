import type { Tx } from "@/lib/core/db";
import { conflict, field, invalid, notFound } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isVisibleOffer } from "@/lib/offers/visible-offer";
import { scoreOfferForStudent } from "@/lib/recommendations/score-offer-for-student";
import type { StudentActor } from "@/lib/students/policy";
import { completeAnswers } from "./screening-answers";
import { recordStatusChange } from "./status-change";

/**
 * The offer, if it takes applications (lib/offers/visible-offer.ts). An unpublished one reads as
 * unknown; a closed or expired one, or one past its deadline, is refused with the reason.
 */
export async function offerOpenToApply(tx: Tx, offerId: string) {
  const offer = await tx.offer.findFirst({
    where: { id: offerId, status: { not: "DRAFT" } },
    select: { id: true, status: true, deadline: true },
  });
  if (!offer) throw notFound("offerNotFound");
  if (!isVisibleOffer(offer)) throw conflict("offerClosedToApplications");
  return offer;
}

/** An application carries the CV of the student's profile, or none: never another document. */
export async function checkCvChoice(tx: Tx, studentId: string, cvDocumentId: string | null | undefined) {
  if (!cvDocumentId) return;
  const owned = await tx.student.count({ where: { id: studentId, cvDocumentId, cv: { deletedAt: null } } });
  if (owned === 0) throw invalid({ cvDocumentId: field("cvNotOnProfile") });
}

/**
 * Sends a draft: it needs a CV or a cover letter, and answers fit for the offer's screening
 * questions as they are now (completeAnswers); its match score and reasons are computed now,
 * by the recommendations' rule, and kept with it. Returns the history row's id.
 */
export async function sendDraft(
  tx: Tx,
  me: StudentActor,
  application: { id: string; offerId: string; coverLetter: string | null; cvDocumentId: string | null },
): Promise<string> {
  if (!application.coverLetter && !application.cvDocumentId) {
    throw invalid({ coverLetter: field("cvOrLetterRequired") }, "applicationIncomplete");
  }
  await completeAnswers(tx, application);
  const fit = await scoreOfferForStudent(tx, me.studentId, application.offerId);
  return recordStatusChange(tx, {
    applicationId: application.id,
    owner: { studentId: me.studentId },
    from: "DRAFT",
    to: "SUBMITTED",
    actorId: me.userId,
    data: {
      submittedAt: new Date(),
      matchScore: fit?.score ?? 0,
      matchReasons: (fit?.reasons ?? []) as Prisma.InputJsonValue,
    },
  });
}
