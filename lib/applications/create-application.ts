import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { AppError } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";
import { applicationSelect, toApplicationView, type ApplicationView } from "./application-view";
import { requireVerifiedToApply } from "./policy";
import { saveAnswers } from "./screening-answers";
import { createApplicationSchema } from "./schemas";
import { checkCvChoice, offerOpenToApply, sendDraft } from "./submission";

const alreadyApplied = (applicationId: string) =>
  new AppError("CONFLICT", "alreadyApplied", { extensions: { applicationId } });

/**
 * A student applies to an open offer: as a draft to finish later, or sent at once (`submit`).
 * One live application per offer: a second one is a CONFLICT naming the first; a withdrawn one
 * does not count, so the student may apply again. Drafts may be started before the e-mail
 * address is confirmed, sending needs it confirmed.
 */
export async function createApplication(actor: Actor | null, input: unknown): Promise<ApplicationView> {
  const me = requireStudent(actor);
  const data = await validate(createApplicationSchema, input);
  if (data.submit) requireVerifiedToApply(me);
  try {
    const id = await db.$transaction(async (tx) => {
      await offerOpenToApply(tx, data.offerId);
      const live = await tx.application.findFirst({
        where: { offerId: data.offerId, studentId: me.studentId, status: { not: "WITHDRAWN" } },
        select: { id: true },
      });
      if (live) throw alreadyApplied(live.id);
      await checkCvChoice(tx, me.studentId, data.cvDocumentId);
      const application = await tx.application.create({
        data: {
          offerId: data.offerId,
          studentId: me.studentId,
          coverLetter: data.coverLetter ?? null,
          cvDocumentId: data.cvDocumentId ?? null,
          history: { create: { toStatus: "DRAFT", actorId: me.userId } },
        },
        select: { id: true, offerId: true, coverLetter: true, cvDocumentId: true },
      });
      if (data.answers) await saveAnswers(tx, application, data.answers);
      await recordAudit(tx, {
        actorId: me.userId,
        action: "application.created",
        entity: "Application",
        entityId: application.id,
        after: { offerId: data.offerId, status: "DRAFT" },
      });
      await recordEvent(tx, "application.created", {
        applicationId: application.id,
        offerId: data.offerId,
        studentId: me.studentId,
      });
      if (data.submit) await sendDraft(tx, me, application);
      return application.id;
    });
    const row = await db.application.findUniqueOrThrow({ where: { id }, select: applicationSelect });
    return toApplicationView(row, me);
  } catch (error) {
    // Two requests racing past the check above: the partial unique index keeps one.
    if (isUniqueViolation(error)) {
      const live = await db.application.findFirst({
        where: { offerId: data.offerId, studentId: me.studentId, status: { not: "WITHDRAWN" } },
        select: { id: true },
      });
      if (live) throw alreadyApplied(live.id);
    }
    throw error;
  }
}
