import { db } from "@/lib/core/db";
import { issuerDid } from "./issuer";

/**
 * What anyone may know of a serial, without signing in (the verification page, GET
 * /certificates/{serial}): its status, the holder, the internship, the issuer and the credential.
 * An unknown serial is UNKNOWN, not an error: the page says so.
 */
export async function lookUpCertificate(serial: string) {
  const row = /^[A-Z0-9-]{1,40}$/.test(serial)
    ? await db.certificate.findUnique({
        where: { serial },
        select: {
          serial: true,
          kind: true,
          issuedAt: true,
          revokedAt: true,
          revocationReason: true,
          payload: true,
          documentId: true,
          internship: {
            select: {
              id: true,
              startDate: true,
              endDate: true,
              student: { select: { user: { select: { name: true } } } },
              enterprise: { select: { name: true } },
              university: { select: { name: true } },
              offer: { select: { title: true } },
            },
          },
        },
      })
    : null;
  if (!row) return { status: "UNKNOWN" as const, serial };
  const { internship } = row;
  return {
    status: row.revokedAt ? ("REVOKED" as const) : ("VALID" as const),
    serial: row.serial,
    kind: row.kind,
    issuedAt: row.issuedAt,
    revokedAt: row.revokedAt,
    // Shown publicly beside the date: whoever revokes writes it for the verifiers.
    revocationReason: row.revokedAt ? row.revocationReason : null,
    holder: { name: internship.student.user.name },
    internship: {
      enterprise: internship.enterprise.name,
      title: internship.offer?.title ?? null,
      startDate: internship.startDate,
      endDate: internship.endDate,
    },
    issuer: { id: issuerDid(), name: internship.university.name },
    credential: row.payload as Record<string, unknown>,
  };
}
export type CertificateLookUp = Awaited<ReturnType<typeof lookUpCertificate>>;
