import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, conflict, field, invalid, unauthenticated } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { consume } from "@/lib/core/rate-limit";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { confirmPassword } from "@/lib/identity/confirm-password";
import { startInternship } from "@/lib/internships/start-internship";
import { actingStep } from "./acting-step";
import { hashOf } from "./agreement-steps";
import { circuitFor } from "./circuit";
import { signSchema } from "./schemas";
import { deadlineIn } from "./submit-agreement";

export type SignOutcome = { status: "SIGNING" | "VALIDATED"; signedOrder: number; internshipId: string | null };

/**
 * Signs the agreement at the caller's turn, with their typed name and consent: an account holder
 * re-enters their password, an outside signer gives the code e-mailed to them (single use). The
 * step records who, when, from which IP, how, and the SHA-256 of the document signed. The next
 * party is asked; the last signature validates the agreement (`convention.signed`) and starts
 * the internship.
 */
export async function signAgreement(
  actor: Actor | null,
  agreementId: string,
  input: unknown,
  ip: string,
): Promise<SignOutcome> {
  const data = await validate(signSchema, input);
  if (!data.code && !actor) throw unauthenticated();
  if (!data.code && !data.password) throw invalid({ password: field("required") });
  // Guessing a password or a code costs: 10 tries per quarter of an hour per signer or address.
  await consume("agreement-sign", actor?.userId ?? ip, 10, 900);
  if (!data.code) {
    if (!(await confirmPassword(actor!.userId, data.password!))) {
      throw new AppError("FORBIDDEN", "wrongPassword", { fieldErrors: { password: field("wrongPassword") } });
    }
  }
  return db.$transaction(async (tx) => {
    const { agreement, step, isLast } = await actingStep(tx, agreementId, {
      actor: data.code ? null : actor,
      code: data.code,
    });
    const sha256 = await hashOf(tx, agreementId);
    // The content cannot change while signing without voiding it: a different hash is a bug to stop on.
    if (sha256 !== agreement.contentSha256) throw conflict("agreementChanged");
    const now = new Date();
    await tx.agreementStep.update({
      where: { id: step.id, status: "PENDING" },
      data: {
        status: "SIGNED",
        signedAt: now,
        method: data.code ? "EMAIL_CODE" : "PASSWORD",
        signedIp: ip,
        documentSha256: sha256,
        codeHash: null,
        codeExpiresAt: null,
        ...(!data.code && { signerUserId: actor!.userId, signerName: actor!.name, signerEmail: actor!.email }),
      },
    });
    await recordAudit(tx, {
      actorId: data.code ? null : actor!.userId,
      action: "agreement.signed",
      entity: "Agreement",
      entityId: agreementId,
      after: {
        order: step.order,
        party: step.party,
        typedName: data.typedName,
        ip,
        sha256,
        method: data.code ? "EMAIL_CODE" : "PASSWORD",
      },
    });
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
    return { status: "VALIDATED", signedOrder: step.order, internshipId: internship.id };
  });
}
