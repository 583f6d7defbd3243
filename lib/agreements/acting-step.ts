import type { Tx } from "@/lib/core/db";
import { AppError, conflict, forbidden, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { agreementScope, signsStep } from "./policy";
import { codeDigest } from "./signing-code";

const stepSelect = {
  id: true,
  order: true,
  party: true,
  status: true,
  signerUserId: true,
  signerName: true,
  signerEmail: true,
  codeHash: true,
  codeExpiresAt: true,
} as const;

/**
 * Locks a signing agreement and finds the step the caller acts on: the step of their e-mailed
 * code, or the step they sign as an account holder. Not this party's turn is a 409 that names
 * whose turn it is; a caller who signs no step is refused.
 */
export async function actingStep(tx: Tx, agreementId: string, caller: { actor: Actor | null; code?: string }) {
  // One signer at a time: the row lock orders concurrent signatures of one agreement.
  await tx.$queryRaw`select id from "Agreement" where id = ${agreementId} for update`;
  const agreement = await tx.agreement.findFirst({
    where: caller.code ? { id: agreementId } : { AND: [{ id: agreementId }, agreementScope(caller.actor!)] },
    select: {
      id: true,
      status: true,
      universityId: true,
      contentSha256: true,
      steps: { orderBy: { order: "asc" }, select: stepSelect },
    },
  });
  if (!agreement) throw notFound("agreementNotFound");
  const turn = agreement.steps.find((s) => s.status !== "SIGNED") ?? null;
  let mine;
  if (caller.code) {
    mine = agreement.steps.find((s) => s.codeHash === codeDigest(caller.code!));
    if (!mine) throw new AppError("INVALID_TOKEN", "signingCodeInvalid");
    if (mine.codeExpiresAt && mine.codeExpiresAt < new Date())
      throw new AppError("INVALID_TOKEN", "signingCodeExpired");
  } else {
    const actor = caller.actor!;
    const candidates = agreement.steps.filter((s) => signsStep(actor, s, agreement));
    if (candidates.length === 0) throw forbidden("notASigner");
    mine = candidates.find((s) => s.id === turn?.id) ?? candidates.find((s) => s.status !== "SIGNED") ?? candidates[0];
  }
  if (agreement.status !== "SIGNING") throw conflict("agreementNotSigning");
  if (!turn || mine.id !== turn.id) {
    throw new AppError(
      "CONFLICT",
      { key: "notYourTurn", values: { party: turn?.party ?? "-" } },
      { extensions: { waitingFor: turn?.party ?? "-" } },
    );
  }
  return { agreement, step: mine, isLast: turn.id === agreement.steps.at(-1)!.id };
}
