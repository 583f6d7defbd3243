import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit";
import { conflict, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireCertificateRevoker } from "./policy";
import { revocationSchema } from "./schemas";

/**
 * A university admin, or the internship's academic supervisor, revokes a certificate with a reason:
 * its bit in the status list is set, so every verifier sees it revoked from then on (the public page
 * shows the date and the reason). `reinstate` clears it.
 */
export async function revokeCertificate(actor: Actor | null, serial: string, input: unknown) {
  return changeRevocation(actor, serial, input, true);
}

export async function reinstateCertificate(actor: Actor | null, serial: string, input: unknown) {
  return changeRevocation(actor, serial, input, false);
}

async function changeRevocation(actor: Actor | null, serial: string, input: unknown, revoke: boolean) {
  const { me, scope } = requireCertificateRevoker(actor);
  const { reason } = await validate(revocationSchema, input);
  return db.$transaction(async (tx) => {
    const certificate = await tx.certificate.findFirst({
      where: { serial, internship: scope },
      select: { id: true, revokedAt: true },
    });
    if (!certificate) throw notFound("certificateNotFound");
    if (revoke && certificate.revokedAt) throw conflict("certificateAlreadyRevoked");
    if (!revoke && !certificate.revokedAt) throw conflict("certificateNotRevoked");
    const now = new Date();
    const updated = await tx.certificate.update({
      where: { id: certificate.id, revokedAt: revoke ? null : { not: null } },
      data: revoke
        ? { revokedAt: now, revocationReason: reason, revokedById: me.userId }
        : { revokedAt: null, revocationReason: null, revokedById: null },
      select: { serial: true, revokedAt: true },
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: revoke ? "certificate.revoked" : "certificate.reinstated",
      entity: "Certificate",
      entityId: certificate.id,
      before: { revokedAt: certificate.revokedAt },
      after: { revokedAt: updated.revokedAt, reason },
    });
    return { serial: updated.serial, status: updated.revokedAt ? "REVOKED" : "VALID", revokedAt: updated.revokedAt };
  });
}
