import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { unauthenticated } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { actingStep } from "./acting-step";
import { voidSignatures } from "./agreement-steps";
import { refuseSchema } from "./schemas";

/**
 * A party refuses at their turn, with a reason: the agreement goes back to draft, every signature
 * given is void, and everyone concerned is told (`convention.refused`).
 */
export async function refuseAgreement(actor: Actor | null, agreementId: string, input: unknown) {
  const { reason, code } = await validate(refuseSchema, input);
  if (!code && !actor) throw unauthenticated();
  return db.$transaction(async (tx) => {
    const { step } = await actingStep(tx, agreementId, { actor: code ? null : actor, code });
    await voidSignatures(tx, agreementId, actor?.userId ?? null, "refused");
    await tx.agreementStep.update({ where: { id: step.id }, data: { status: "REFUSED", refusalReason: reason } });
    await recordAudit(tx, {
      actorId: code ? null : (actor?.userId ?? null),
      action: "agreement.refused",
      entity: "Agreement",
      entityId: agreementId,
      before: { order: step.order, party: step.party, status: "PENDING", agreementStatus: "SIGNING" },
      after: { order: step.order, party: step.party, status: "REFUSED", agreementStatus: "DRAFT", reason },
    });
    await recordEvent(tx, "convention.refused", { agreementId, stepId: step.id });
    return { status: "DRAFT" as const, refusedOrder: step.order };
  });
}
