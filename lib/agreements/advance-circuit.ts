import { recordAudit } from "@/lib/core/audit";
import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import type { AgreementParty } from "@/lib/generated/prisma/enums";
import { startInternship } from "@/lib/internships/start-internship";
import { circuitFor } from "./circuit";
import { deadlineIn } from "./submit-agreement";

export type SignOutcome = { status: "SIGNING" | "VALIDATED"; signedOrder: number; internshipId: string | null };

/**
 * After a step is signed (in the app, by e-mailed code or on paper): the next party's turn
 * (`convention.turn`, with its deadline), or, after the last, the validation (`convention.signed`)
 * and the internship.
 */
export async function advanceCircuit(
  tx: Tx,
  agreementId: string,
  step: { order: number; party: AgreementParty },
  isLast: boolean,
  now: Date,
): Promise<SignOutcome> {
  if (!isLast) {
    const circuit = await tx.agreement.findUniqueOrThrow({
      where: { id: agreementId },
      select: { universityId: true, student: { select: { program: { select: { departmentId: true } } } } },
    });
    const days = (await circuitFor(tx, circuit.universityId, circuit.student.program?.departmentId ?? null)).steps[
      step.order
    ]?.deadlineDays;
    const next = await tx.agreementStep.update({
      where: { agreementId_order: { agreementId, order: step.order + 1 } },
      data: { deadline: deadlineIn(days ?? null) },
      select: { id: true },
    });
    await recordEvent(tx, "convention.turn", { agreementId, stepId: next.id });
    return { status: "SIGNING", signedOrder: step.order, internshipId: null };
  }
  const validated = await tx.agreement.update({
    where: { id: agreementId, status: "SIGNING" },
    data: { status: "VALIDATED", validatedAt: now },
    select: {
      id: true,
      studentId: true,
      enterpriseId: true,
      universityId: true,
      supervisorId: true,
      startDate: true,
      endDate: true,
      application: { select: { offerId: true } },
    },
  });
  await recordEvent(tx, "convention.signed", { agreementId, party: step.party });
  const internship = await startInternship(tx, { ...validated, offerId: validated.application.offerId });
  // The last signature validates it: that signature's own entry names the signer.
  await recordAudit(tx, {
    actorId: null,
    action: "agreement.validated",
    entity: "Agreement",
    entityId: agreementId,
    before: { status: "SIGNING" },
    after: { status: "VALIDATED", validatedAt: now, lastParty: step.party, internshipId: internship.id },
  });
  return { status: "VALIDATED", signedOrder: step.order, internshipId: internship.id };
}
