import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";
import { applicationSelect, toApplicationView, type ApplicationView } from "./application-view";
import { requireVerifiedToApply } from "./policy";
import { transitionRefused } from "./status-change";
import { checkCvChoice, offerOpenToApply, sendDraft } from "./submission";
import { allowedMoves } from "./transitions";

/**
 * The student sends their draft: the offer must still take applications and their e-mail
 * address be confirmed. The enterprise hears of it through `application.submitted`.
 */
export async function submitApplication(actor: Actor | null, applicationId: string): Promise<ApplicationView> {
  const me = requireVerifiedToApply(requireStudent(actor));
  await db.$transaction(async (tx) => {
    const draft = await tx.application.findFirst({
      where: { id: applicationId, studentId: me.studentId },
      select: { id: true, status: true, offerId: true, coverLetter: true, cvDocumentId: true },
    });
    if (!draft) throw notFound("applicationNotFound");
    if (draft.status !== "DRAFT")
      throw transitionRefused(draft.status, "SUBMITTED", allowedMoves(draft.status, "student"));
    await offerOpenToApply(tx, draft.offerId);
    // The profile's CV may have been removed since the draft chose it.
    await checkCvChoice(tx, me.studentId, draft.cvDocumentId);
    await sendDraft(tx, me, draft);
  });
  const row = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: applicationSelect });
  return toApplicationView(row, me);
}
