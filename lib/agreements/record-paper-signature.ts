import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, conflict, field, forbidden, invalid, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import { storeDocument, type UploadedFile } from "@/lib/documents/store-document";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { advanceCircuit, type SignOutcome } from "./advance-circuit";
import { hashOf } from "./agreement-steps";
import { agreementScope } from "./policy";
import { paperSignatureSchema } from "./schemas";

/**
 * A party signed on paper: an admin of the agreement's university uploads the scan (PDF or image,
 * checked by its bytes and size) for the party whose turn it is, named in the input so that a
 * stale page cannot record it for another. The step is signed with method PAPER, the scan as
 * evidence and the hash of the document to sign, and the circuit goes on as after any signature.
 */
export async function recordPaperSignature(
  actor: Actor | null,
  agreementId: string,
  input: unknown,
  file: UploadedFile | null,
  ip: string,
): Promise<SignOutcome> {
  const me = requireActor(actor);
  const { party } = await validate(paperSignatureSchema, input);
  const visible = await db.agreement.findFirst({
    where: { AND: [{ id: agreementId }, agreementScope(me)] },
    select: { universityId: true, status: true },
  });
  if (!visible) throw notFound("agreementNotFound");
  const universityAdmin =
    me.role === "SYSTEM_ADMIN" || (me.role === "UNIVERSITY_ADMIN" && me.university?.id === visible.universityId);
  if (!universityAdmin) throw forbidden("paperByUniversity");
  if (visible.status !== "SIGNING") throw conflict("agreementNotSigning");
  if (!file) throw invalid({ file: field("required") });

  // Rendered outside the transaction, compared under the lock (as in signAgreement).
  const sha256 = await hashOf(db, agreementId);
  let outcome: SignOutcome | undefined;
  await storeDocument(
    { ownerId: me.userId, kind: "OTHER", title: `Paper signature (${party}) of agreement ${agreementId}` },
    file,
    async (tx, { documentId }) => {
      await tx.$queryRaw`select id from "Agreement" where id = ${agreementId} for update`;
      const agreement = await tx.agreement.findUniqueOrThrow({
        where: { id: agreementId },
        select: {
          status: true,
          contentSha256: true,
          steps: { orderBy: { order: "asc" }, select: { id: true, order: true, party: true, status: true } },
        },
      });
      if (agreement.status !== "SIGNING") throw conflict("agreementNotSigning");
      const turn = agreement.steps.find((s) => s.status !== "SIGNED")!;
      if (turn.party !== party) {
        throw new AppError(
          "CONFLICT",
          { key: "notYourTurn", values: { party: turn.party } },
          { extensions: { waitingFor: turn.party } },
        );
      }
      if (sha256 !== agreement.contentSha256) throw conflict("agreementChanged");
      const now = new Date();
      await tx.agreementStep.update({
        where: { id: turn.id, status: "PENDING" },
        data: {
          status: "SIGNED",
          signedAt: now,
          method: "PAPER",
          signedIp: ip,
          documentSha256: sha256,
          scanDocumentId: documentId,
          codeHash: null,
          codeExpiresAt: null,
        },
      });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "agreement.signed",
        entity: "Agreement",
        entityId: agreementId,
        before: { order: turn.order, party: turn.party, status: "PENDING" },
        after: {
          status: "SIGNED",
          order: turn.order,
          party: turn.party,
          ip,
          sha256,
          method: "PAPER",
          scanDocumentId: documentId,
        },
      });
      outcome = await advanceCircuit(tx, agreementId, turn, turn.id === agreement.steps.at(-1)!.id, now);
    },
  );
  return outcome!;
}
