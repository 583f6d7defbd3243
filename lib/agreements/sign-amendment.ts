import { recordAudit } from "@/lib/core/audit";
import { db, type Tx } from "@/lib/core/db";
import { AppError, field, invalid, unauthenticated } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { consume } from "@/lib/core/rate-limit";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { confirmPassword } from "@/lib/identity/confirm-password";
import { amendInternship } from "@/lib/internships/amend-internship";
import { amendmentActingStep } from "./amendment-acting-step";
import type { AmendmentChanges } from "./amendment-view";
import { amendmentSignSchema, refuseSchema } from "./schemas";
import { readHash } from "./sign-agreement";

export type AmendmentSignOutcome = { status: "PROPOSED" | "APPROVED"; signedOrder: number };

const asDay = (value: unknown) => (value ? new Date(`${String(value)}T00:00:00.000Z`) : null);

/** Writes a fully signed amendment onto the agreement and its internship (an early end terminates it). */
async function applyAmendment(tx: Tx, agreementId: string, changes: AmendmentChanges, actorId: string | null) {
  const data: Record<string, unknown> = {};
  for (const [name, { after }] of Object.entries(changes)) {
    if (name === "earlyEnd") continue;
    data[name] = name === "startDate" || name === "endDate" ? asDay(after) : after;
  }
  await tx.agreement.update({ where: { id: agreementId, status: "VALIDATED" }, data });
  await amendInternship(
    tx,
    agreementId,
    {
      startDate: (data.startDate as Date | undefined) ?? undefined,
      endDate: (data.endDate as Date | undefined) ?? undefined,
      supervisorId: data.supervisorId as string | null | undefined,
      tutorEmail: data.tutorEmail as string | null | undefined,
      earlyEnd: changes.earlyEnd ? { reason: String(changes.earlyEnd.after) } : undefined,
    },
    actorId,
  );
}

/**
 * Signs an amendment at the caller's turn, as the agreement is signed: typed name and consent,
 * the password (account holders) or the e-mailed code (outside signers), the SHA-256 of the
 * amendment recorded on the step. The next party is asked; the last signature applies the changes
 * to the agreement and the internship (`amendment.signed`).
 */
export async function signAmendment(
  actor: Actor | null,
  agreementId: string,
  amendmentId: string,
  input: unknown,
  ip: string,
): Promise<AmendmentSignOutcome> {
  const data = await validate(amendmentSignSchema, input);
  if (!data.code && !actor) throw unauthenticated();
  if (!data.code && !data.password) throw invalid({ password: field("required") });
  await consume("agreement-sign", actor?.userId ?? ip, 10, 900);
  if (!data.code && !(await confirmPassword(actor!.userId, data.password!))) {
    throw new AppError("FORBIDDEN", "wrongPassword", { fieldErrors: { password: field("wrongPassword") } });
  }
  return db.$transaction(async (tx) => {
    const { amendment, step, isLast } = await amendmentActingStep(tx, agreementId, amendmentId, {
      actor: data.code ? null : actor,
      code: data.code,
    });
    readHash(data, amendment);
    const now = new Date();
    const method = data.code ? "EMAIL_CODE" : "PASSWORD";
    await tx.agreementAmendmentStep.update({
      where: { id: step.id, status: "PENDING" },
      data: {
        status: "SIGNED",
        signedAt: now,
        method,
        signedIp: ip,
        documentSha256: amendment.contentSha256,
        codeHash: null,
        codeExpiresAt: null,
        ...(!data.code && { signerUserId: actor!.userId, signerName: actor!.name, signerEmail: actor!.email }),
      },
    });
    const actorId = data.code ? null : actor!.userId;
    await recordAudit(tx, {
      actorId,
      action: "agreement.amendment-signed",
      entity: "Agreement",
      entityId: agreementId,
      after: {
        amendmentId,
        order: step.order,
        party: step.party,
        typedName: data.typedName,
        ip,
        sha256: amendment.contentSha256,
        method,
      },
    });
    if (!isLast) {
      const next = await tx.agreementAmendmentStep.findUniqueOrThrow({
        where: { amendmentId_order: { amendmentId, order: step.order + 1 } },
        select: { id: true },
      });
      await recordEvent(tx, "amendment.turn", { agreementId, amendmentId, stepId: next.id });
      return { status: "PROPOSED", signedOrder: step.order };
    }
    await tx.agreementAmendment.update({
      where: { id: amendmentId, status: "PROPOSED" },
      data: { status: "APPROVED", decidedAt: now },
    });
    await applyAmendment(tx, agreementId, amendment.changes as AmendmentChanges, actorId);
    await recordEvent(tx, "amendment.signed", { agreementId, amendmentId });
    return { status: "APPROVED", signedOrder: step.order };
  });
}

/** A party refuses an amendment at their turn, with a reason: it is rejected and the parties are told. */
export async function refuseAmendment(actor: Actor | null, agreementId: string, amendmentId: string, input: unknown) {
  const { reason, code } = await validate(refuseSchema, input);
  if (!code && !actor) throw unauthenticated();
  return db.$transaction(async (tx) => {
    const { step } = await amendmentActingStep(tx, agreementId, amendmentId, { actor: code ? null : actor, code });
    const now = new Date();
    await tx.agreementAmendmentStep.update({
      where: { id: step.id },
      data: { status: "REFUSED", refusalReason: reason, codeHash: null, codeExpiresAt: null, askedAt: null },
    });
    await tx.agreementAmendmentStep.updateMany({
      where: { amendmentId },
      data: { codeHash: null, codeExpiresAt: null },
    });
    await tx.agreementAmendment.update({
      where: { id: amendmentId, status: "PROPOSED" },
      data: { status: "REJECTED", decidedAt: now },
    });
    await recordAudit(tx, {
      actorId: code ? null : (actor?.userId ?? null),
      action: "agreement.amendment-refused",
      entity: "Agreement",
      entityId: agreementId,
      after: { amendmentId, order: step.order, party: step.party, reason },
    });
    await recordEvent(tx, "amendment.refused", { agreementId, amendmentId, stepId: step.id });
    return { status: "REJECTED" as const, refusedOrder: step.order };
  });
}
