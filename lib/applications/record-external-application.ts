import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";
import { offerOpenToApply } from "./submission";

/**
 * "Apply" on an imported offer sends the student to the original posting; this records that they
 * applied there, so their list of applications stays complete: a SUBMITTED application marked
 * `appliedExternallyAt`, without CV or letter (the enterprise's answer comes from its own site).
 * Applying again returns the application already recorded.
 */
export async function recordExternalApplication(
  actor: Actor | null,
  offerId: string,
): Promise<{ applicationId: string; url: string }> {
  const me = requireStudent(actor);
  const attempt = () =>
    db.$transaction(async (tx) => {
      await offerOpenToApply(tx, offerId);
      const offer = await tx.offer.findFirst({
        where: { id: offerId, source: "IMPORTED", externalUrl: { not: null } },
        select: { externalUrl: true },
      });
      if (!offer) throw conflict("notImportedOffer");
      const url = offer.externalUrl!;
      const live = await tx.application.findFirst({
        where: { offerId, studentId: me.studentId, status: { not: "WITHDRAWN" } },
        select: { id: true },
      });
      if (live) return { applicationId: live.id, url };
      const now = new Date();
      const application = await tx.application.create({
        data: {
          offerId,
          studentId: me.studentId,
          status: "SUBMITTED",
          submittedAt: now,
          appliedExternallyAt: now,
          history: { create: { toStatus: "SUBMITTED", actorId: me.userId } },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "application.applied-externally",
        entity: "Application",
        entityId: application.id,
        after: { offerId, url },
      });
      await recordEvent(tx, "application.created", { applicationId: application.id, offerId, studentId: me.studentId });
      return { applicationId: application.id, url };
    });
  try {
    return await attempt();
  } catch (error) {
    // Two clicks racing past the check: the live-application index keeps one, the retry finds it.
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}
