import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { queueEmail } from "@/lib/notifications/queue-email";
import { verificationDecisionSchema } from "./schemas";
import { verificationOutcomeEmail } from "./verification-email";

/**
 * A system admin decides an enterprise's pending verification request: VERIFY makes the
 * enterprise VERIFIED (it may then publish offers); REJECT needs a reason, which the enterprise's
 * admins receive by e-mail in their own language. An event records the outcome.
 */
export async function decideVerification(actor: Actor | null, enterpriseId: string, input: unknown) {
  const me = requireRole(actor, "SYSTEM_ADMIN");
  const data = await validate(verificationDecisionSchema, input);
  const verified = data.decision === "VERIFY";
  return db.$transaction(async (tx) => {
    const enterprise = await tx.enterprise.findUnique({
      where: { id: enterpriseId },
      select: {
        name: true,
        verificationStatus: true,
        verifications: {
          where: { status: "PENDING" },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { id: true, registrationNumber: true },
        },
        members: {
          where: { role: "ADMIN" },
          select: { user: { select: { email: true, name: true, locale: true, disabledAt: true } } },
        },
      },
    });
    if (!enterprise) throw notFound("enterpriseNotFound");
    const pending = enterprise.verifications[0];
    if (!pending) throw conflict("noVerificationWaiting");
    const decidedAt = new Date();
    const status = verified ? "VERIFIED" : "REJECTED";
    // Only a still-pending request is decided, so two admins deciding at once cannot both win.
    const decided = await tx.enterpriseVerification.updateMany({
      where: { id: pending.id, status: "PENDING" },
      data: { status, reviewerId: me.userId, reason: verified ? null : data.reason, decidedAt },
    });
    if (decided.count === 0) throw conflict("verificationDecidedMeanwhile");
    await tx.enterprise.update({
      where: { id: enterpriseId },
      data: verified
        ? { verificationStatus: status, verifiedAt: decidedAt, registrationNumber: pending.registrationNumber }
        : { verificationStatus: status, verifiedAt: null },
    });
    await recordEvent(tx, verified ? "enterprise.verified" : "enterprise.verification-rejected", {
      enterpriseId,
      verificationId: pending.id,
    });
    for (const { user } of enterprise.members.filter((m) => !m.user.disabledAt)) {
      await queueEmail(
        tx,
        user.email,
        verificationOutcomeEmail({
          locale: user.locale,
          name: user.name,
          enterprise: enterprise.name,
          decision: data.decision,
          reason: data.reason,
        }),
      );
    }
    await recordAudit(tx, {
      actorId: me.userId,
      action: verified ? "enterprise.verified" : "enterprise.verification-rejected",
      entity: "Enterprise",
      entityId: enterpriseId,
      before: { verificationStatus: enterprise.verificationStatus },
      after: { verificationStatus: status, verificationId: pending.id, reason: data.reason ?? null },
    });
    return { enterpriseId, verificationId: pending.id, status, decidedAt };
  });
}
