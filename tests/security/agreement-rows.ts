import { proposeAmendment } from "@/lib/agreements/propose-amendment";
import { db } from "@/lib/core/db";
import { loadActor } from "@/lib/identity/actor";
import { agreementOf, type SideRows } from "./world";

/** A validated agreement of the side (every step of its circuit signed, as the last signature leaves it). */
export async function validatedAgreementOf(side: SideRows) {
  const id = await agreementOf(side, "SIGNING");
  await db.agreementStep.updateMany({
    where: { agreementId: id },
    data: { status: "SIGNED", signedAt: new Date(), method: "PASSWORD" },
  });
  await db.agreement.update({ where: { id }, data: { status: "VALIDATED", validatedAt: new Date() } });
  return id;
}

/** An amendment of a validated agreement, proposed by the student: the student signs first. */
export async function amendmentOf(side: SideRows) {
  const id = await validatedAgreementOf(side);
  const student = await loadActor(side.studentUserId);
  const amendment = await proposeAmendment(student, id, { place: "Lyon, France" });
  return { id, amendmentId: amendment.id };
}
