import { db } from "@/lib/core/db";
import { conflict, notFound } from "@/lib/core/errors";
import type { CertificateKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import { issueCertificate, type IssuedCertificate } from "./issue-certificate";
import { generatorScope } from "./policy";

/** Which internships may have which document: a certificate once completed, an attestation while it is agreed or under way. */
const ALLOWED: Record<CertificateKind, readonly string[]> = {
  CERTIFICATE: ["COMPLETED"],
  ATTESTATION: ["PLANNED", "ACTIVE", "COMPLETED"],
};

/**
 * The student, or the university staff following the internship, has its certificate (after
 * completion) or attestation generated. Asked again, the one already issued is answered.
 */
export async function generateInternshipDocument(
  actor: Actor | null,
  internshipId: string,
  kind: CertificateKind,
): Promise<IssuedCertificate> {
  const { me, scope } = generatorScope(actor);
  const internship = await db.internship.findFirst({
    where: { AND: [{ id: internshipId }, scope] },
    select: { status: true },
  });
  if (!internship) throw notFound("internshipNotFound");
  if (!ALLOWED[kind].includes(internship.status)) {
    throw conflict(kind === "CERTIFICATE" ? "certificateNeedsCompletion" : "attestationNeedsAgreement");
  }
  return issueCertificate(internshipId, kind, me.userId);
}

export const generateCertificate = (actor: Actor | null, internshipId: string) =>
  generateInternshipDocument(actor, internshipId, "CERTIFICATE");
