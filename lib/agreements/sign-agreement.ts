import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, conflict, field, invalid, notFound, unauthenticated } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import { consume } from "@/lib/core/rate-limit";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { confirmPassword } from "@/lib/identity/confirm-password";
import { actingStep } from "./acting-step";
import { hashOf } from "./agreement-steps";
import { advanceCircuit, type SignOutcome } from "./advance-circuit";
import { signSchema } from "./schemas";

export type { SignOutcome };

/**
 * The signer signs what they read: the form sends the SHA-256 of the document it showed, and a
 * document changed since (edited and submitted again) is refused with a reason to read it again.
 */
export function readHash(data: { documentSha256?: string }, signing: { contentSha256: string | null }) {
  if (data.documentSha256 && data.documentSha256 !== signing.contentSha256) {
    throw new AppError("CONFLICT", "documentChangedSinceRead", {
      extensions: { contentSha256: signing.contentSha256 ?? "" },
    });
  }
}

/**
 * Signs the agreement at the caller's turn, with their typed name and consent: an account holder
 * re-enters their password, an outside signer gives the code e-mailed to them (single use). The
 * step records who, when, from which IP, how, and the SHA-256 of the document signed. The next
 * party is asked; the last signature validates the agreement (`convention.signed`) and starts
 * the internship.
 */
export async function signAgreement(
  actor: Actor | null,
  agreementId: string,
  input: unknown,
  ip: string,
): Promise<SignOutcome> {
  if (!isPlausibleId(agreementId)) throw notFound("agreementNotFound");
  const data = await validate(signSchema, input);
  if (!data.code && !actor) throw unauthenticated();
  if (!data.code && !data.password) throw invalid({ password: field("required") });
  // Guessing a password or a code costs: 10 tries per quarter of an hour per signer or address.
  await consume("agreement-sign", actor?.userId ?? ip, 10, 900);
  if (!data.code) {
    if (!(await confirmPassword(actor!.userId, data.password!))) {
      throw new AppError("FORBIDDEN", "wrongPassword", { fieldErrors: { password: field("wrongPassword") } });
    }
  }
  const caller = { actor: data.code ? null : actor, code: data.code };
  // Everything that can refuse is checked before the document is rendered (a few hundred
  // milliseconds): a caller out of turn, without a valid code or who read another version costs
  // no rendering. The same checks run again under the lock below.
  await db.$transaction(async (tx) => readHash(data, (await actingStep(tx, agreementId, caller)).agreement));
  // Rendered outside the transaction; checked under the lock: a change since would have voided the
  // signatures and cleared or changed the recorded hash.
  const sha256 = await hashOf(db, agreementId);
  return db.$transaction(async (tx) => {
    const { agreement, step, isLast } = await actingStep(tx, agreementId, caller);
    readHash(data, agreement);
    if (sha256 !== agreement.contentSha256) throw conflict("agreementChanged");
    const now = new Date();
    await tx.agreementStep.update({
      where: { id: step.id, status: "PENDING" },
      data: {
        status: "SIGNED",
        signedAt: now,
        method: data.code ? "EMAIL_CODE" : "PASSWORD",
        signedIp: ip,
        documentSha256: sha256,
        codeHash: null,
        codeExpiresAt: null,
        ...(!data.code && { signerUserId: actor!.userId, signerName: actor!.name, signerEmail: actor!.email }),
      },
    });
    await recordAudit(tx, {
      actorId: data.code ? null : actor!.userId,
      action: "agreement.signed",
      entity: "Agreement",
      entityId: agreementId,
      before: { order: step.order, party: step.party, status: "PENDING" },
      after: {
        status: "SIGNED",
        order: step.order,
        party: step.party,
        typedName: data.typedName,
        ip,
        sha256,
        method: data.code ? "EMAIL_CODE" : "PASSWORD",
      },
    });
    return advanceCircuit(tx, agreementId, step, isLast, now);
  });
}
