import { recordAudit } from "@/lib/core/audit";
import type { Tx } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { circuitFor } from "./circuit";
import { documentToSign, type FrozenContent } from "./document-hash";
import { resolveSigner } from "./signers";

const partiesSelect = {
  id: true,
  studentId: true,
  enterpriseId: true,
  universityId: true,
  supervisorId: true,
  tutorName: true,
  tutorEmail: true,
  legalRepName: true,
  legalRepEmail: true,
  student: { select: { program: { select: { departmentId: true } } } },
} as const;

/**
 * Copies the circuit that applies onto the agreement's steps, each with its signer. While drafting
 * (`strict` false) a party not named yet is left without a signer; at submission every party must
 * resolve, else the submission is refused with the party named.
 */
export async function copyCircuit(tx: Tx, agreementId: string, strict: boolean) {
  const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: agreementId }, select: partiesSelect });
  const circuit = await circuitFor(tx, agreement.universityId, agreement.student.program?.departmentId ?? null);
  const steps = [];
  for (const [index, { party, deadlineDays }] of circuit.steps.entries()) {
    const signer = await resolveSigner(tx, agreement, party);
    if (strict && !signer?.email) throw conflict({ key: "agreementSignerMissing", values: { party } });
    steps.push({ order: index + 1, party, deadlineDays, signer });
  }
  await tx.agreementStep.deleteMany({ where: { agreementId } });
  await tx.agreementStep.createMany({
    data: steps.map(({ order, party, signer }) => ({
      agreementId,
      order,
      party,
      signerUserId: signer?.userId ?? null,
      signerName: signer?.name ?? null,
      signerEmail: signer?.email ?? null,
    })),
  });
  return steps;
}

/** The content as the parties sign it, read inside the transaction that freezes or checks it. */
export async function frozenContent(tx: Tx, agreementId: string): Promise<FrozenContent> {
  const row = await tx.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    include: {
      student: { select: { user: { select: { name: true, email: true } } } },
      enterprise: { select: { name: true } },
      university: { select: { name: true } },
      supervisor: { select: { user: { select: { name: true, email: true } } } },
      application: { select: { offer: { select: { title: true } } } },
      steps: { orderBy: { order: "asc" }, select: { order: true, party: true, signerName: true, signerEmail: true } },
    },
  });
  return {
    id: row.id,
    student: `${row.student.user.name} <${row.student.user.email}>`,
    enterprise: row.enterprise.name,
    university: row.university.name,
    offer: row.application.offer.title,
    startDate: row.startDate,
    endDate: row.endDate,
    weeklyHours: row.weeklyHours,
    stipendAmountMinor: row.stipendAmountMinor,
    stipendCurrency: row.stipendCurrency,
    place: row.place,
    tasks: row.tasks,
    tutorName: row.tutorName,
    tutorEmail: row.tutorEmail,
    supervisor: row.supervisor ? `${row.supervisor.user.name} <${row.supervisor.user.email}>` : null,
    legalRepName: row.legalRepName,
    legalRepEmail: row.legalRepEmail,
    steps: row.steps.map((s) => ({ order: s.order, party: s.party, name: s.signerName, email: s.signerEmail })),
  };
}

/** The SHA-256 of the PDF the parties sign (document-hash.ts). */
export const hashOf = async (tx: Tx, agreementId: string) => (await documentToSign(tx, agreementId)).sha256;

/**
 * Sends a signing agreement back to draft: every signature given is void (kept in the audit log),
 * the steps wait again and nobody's code works any more. Used by a refusal and by a change.
 */
export async function voidSignatures(tx: Tx, agreementId: string, actorId: string | null, why: string) {
  const steps = await tx.agreementStep.findMany({
    where: { agreementId },
    orderBy: { order: "asc" },
    select: { order: true, party: true, status: true, signerEmail: true, signedAt: true, documentSha256: true },
  });
  const signed = steps.filter((s) => s.status === "SIGNED");
  if (signed.length) {
    await recordAudit(tx, {
      actorId,
      action: "agreement.signatures-voided",
      entity: "Agreement",
      entityId: agreementId,
      before: signed,
      after: { reason: why },
    });
  }
  await tx.agreementStep.updateMany({
    where: { agreementId, status: "SIGNED" },
    data: {
      status: "PENDING",
      signedAt: null,
      method: null,
      signedIp: null,
      documentSha256: null,
      scanDocumentId: null,
    },
  });
  await tx.agreementStep.updateMany({
    where: { agreementId },
    data: { askedAt: null, codeHash: null, codeExpiresAt: null, deadline: null },
  });
  await tx.agreement.update({
    where: { id: agreementId },
    data: { status: "DRAFT", submittedAt: null, contentSha256: null, terms: Prisma.DbNull },
  });
  return signed.length;
}
