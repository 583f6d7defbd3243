import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { internshipScope } from "@/lib/internships/policy";

/**
 * An internship's attestations and certificates for its parties' page: each with its PDF (a
 * document of the student's), its status, and whether the caller may generate the missing ones.
 */
export async function listInternshipCertificates(actor: Actor | null, internshipId: string) {
  const me = requireActor(actor);
  const internship = await db.internship.findFirst({
    where: { AND: [{ id: internshipId }, internshipScope(me)] },
    select: {
      status: true,
      certificates: {
        orderBy: { issuedAt: "asc" },
        select: { serial: true, kind: true, issuedAt: true, revokedAt: true, documentId: true },
      },
    },
  });
  if (!internship) throw notFound("internshipNotFound");
  const has = (kind: string) => internship.certificates.some((c) => c.kind === kind);
  const generator = me.role !== "ENTERPRISE";
  return {
    items: internship.certificates.map((c) => ({
      serial: c.serial,
      kind: c.kind,
      issuedAt: c.issuedAt,
      status: c.revokedAt ? ("REVOKED" as const) : ("VALID" as const),
      documentId: c.documentId,
    })),
    canGenerate: {
      CERTIFICATE: generator && internship.status === "COMPLETED" && !has("CERTIFICATE"),
      ATTESTATION: generator && ["PLANNED", "ACTIVE"].includes(internship.status) && !has("ATTESTATION"),
    },
  };
}
