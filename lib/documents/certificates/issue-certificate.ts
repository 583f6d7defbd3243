import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { recordAudit } from "@/lib/core/audit";
import { recordEvent } from "@/lib/core/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CertificateKind } from "@/lib/generated/prisma/enums";
import { storeDocument } from "../store-document";
import { buildCredential, newSerial, verifyUrl } from "./build-credential";
import { certificateFacts } from "./certificate-facts";
import { certificatePdf } from "./certificate-pdf";
import { issuerDid } from "./issuer";
import { signCredential } from "./sign-credential";

export type IssuedCertificate = { id: string; serial: string; kind: CertificateKind; issuedAt: Date; created: boolean };

const existing = (internshipId: string, kind: CertificateKind) =>
  db.certificate.findUnique({
    where: { internshipId_kind: { internshipId, kind } },
    select: { id: true, serial: true, kind: true, issuedAt: true },
  });

/**
 * Issues the internship's attestation or certificate once: the signed credential, the PDF that
 * embeds it (stored as the student's document) and the Certificate row, in one transaction with
 * `certificate.generated`. Called again, or racing another call, it answers the one already issued.
 * Not a use case: callers decide who may ask (generate-certificate, the workflow, the batch).
 */
export async function issueCertificate(
  internshipId: string,
  kind: CertificateKind,
  actorId: string | null,
): Promise<IssuedCertificate> {
  const already = await existing(internshipId, kind);
  if (already) return { ...already, created: false };
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { ...(await issueOnce(internshipId, kind, actorId)), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await existing(internshipId, kind);
      if (winner) return { ...winner, created: false };
      // Another certificate took the same status bit or serial at the same moment: draw again.
      if (attempt >= 4) throw error;
    }
  }
}

let lastReserved = -1;

/**
 * The next free bit of the status list. Certificates issued at once in this process (a batch's
 * pool) each get their own: the highest in the table or the last handed out, plus one. Another
 * process racing for the same bit loses on the unique index and draws again. A bit whose
 * certificate then fails stays unused, which the list allows.
 */
async function reserveStatusIndex(): Promise<number> {
  const last = await db.certificate.aggregate({ _max: { statusIndex: true } });
  lastReserved = Math.max(lastReserved, last._max.statusIndex ?? -1) + 1;
  return lastReserved;
}

async function issueOnce(internshipId: string, kind: CertificateKind, actorId: string | null) {
  const [facts, statusIndex] = await Promise.all([certificateFacts(db, internshipId, kind), reserveStatusIndex()]);
  const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  const serial = newSerial(kind, issuedAt);
  const credential = await signCredential(buildCredential({ facts, serial, statusIndex, issuedAt }));
  const pdf = await certificatePdf({
    facts,
    serial,
    issuedAt,
    verifyUrl: verifyUrl(serial),
    issuerDid: issuerDid(),
    credential,
  });
  let created: { id: string; serial: string; kind: CertificateKind; issuedAt: Date } | undefined;
  await storeDocument(
    {
      ownerId: facts.holder.userId,
      kind,
      title: `${kind === "CERTIFICATE" ? "Certificate" : "Attestation"} ${serial}`,
      internshipId,
      generated: true,
    },
    { bytes: pdf, fileName: `${serial}.pdf` },
    async (tx, { documentId }) => {
      // Generated and signed by the platform: nothing for staff to review.
      await tx.document.update({ where: { id: documentId }, data: { status: "VALIDATED", validatedAt: issuedAt } });
      created = await tx.certificate.create({
        data: {
          serial,
          kind,
          internshipId,
          documentId,
          payload: credential as Prisma.InputJsonValue,
          signature: credential.proof.proofValue,
          statusIndex,
          locale: facts.locale,
          issuedAt,
        },
        select: { id: true, serial: true, kind: true, issuedAt: true },
      });
      await recordEvent(tx, "certificate.generated", { certificateId: created.id });
      await recordAudit(tx, {
        actorId,
        action: "certificate.generated",
        entity: "Certificate",
        entityId: created.id,
        after: { serial, kind, internshipId },
      });
    },
  );
  return created!;
}
