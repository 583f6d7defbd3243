import type { Tx } from "@/lib/core/db";
import { AppError, conflict, forbidden, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { agreementScope, signsStep } from "./policy";
import { codeDigest } from "./signing-code";

/**
 * The amendment's counterpart of `actingStep`: locks the agreement, finds the amendment (visible
 * to the caller, or by the e-mailed code's step) and the step the caller acts on. Not their turn
 * is a 409 naming whose turn it is; a caller who signs no step is refused.
 */
export async function amendmentActingStep(
  tx: Tx,
  agreementId: string,
  amendmentId: string,
  caller: { actor: Actor | null; code?: string },
) {
  await tx.$queryRaw`select id from "Agreement" where id = ${agreementId} for update`;
  const amendment = await tx.agreementAmendment.findFirst({
    where: {
      id: amendmentId,
      agreementId,
      ...(!caller.code && { agreement: agreementScope(caller.actor!) }),
    },
    select: {
      id: true,
      status: true,
      changes: true,
      contentSha256: true,
      agreement: { select: { universityId: true } },
      steps: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          order: true,
          party: true,
          status: true,
          signerUserId: true,
          codeHash: true,
          codeExpiresAt: true,
        },
      },
    },
  });
  if (!amendment) throw notFound("amendmentNotFound");
  const turn = amendment.steps.find((s) => s.status !== "SIGNED") ?? null;
  let mine;
  if (caller.code) {
    mine = amendment.steps.find((s) => s.codeHash === codeDigest(caller.code!));
    if (!mine) throw new AppError("INVALID_TOKEN", "signingCodeInvalid");
    if (mine.codeExpiresAt && mine.codeExpiresAt < new Date())
      throw new AppError("INVALID_TOKEN", "signingCodeExpired");
  } else {
    const actor = caller.actor!;
    const candidates = amendment.steps.filter((s) => signsStep(actor, s, amendment.agreement));
    if (candidates.length === 0) throw forbidden("notASigner");
    mine = candidates.find((s) => s.id === turn?.id) ?? candidates.find((s) => s.status !== "SIGNED") ?? candidates[0];
  }
  if (amendment.status !== "PROPOSED") throw conflict("amendmentNotOpen");
  if (!turn || mine!.id !== turn.id) {
    throw new AppError(
      "CONFLICT",
      { key: "notYourTurn", values: { party: turn?.party ?? "-" } },
      { extensions: { waitingFor: turn?.party ?? "-" } },
    );
  }
  return { amendment, step: mine!, isLast: turn.id === amendment.steps.at(-1)!.id };
}
