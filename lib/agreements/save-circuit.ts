import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { circuitFor, type Circuit } from "./circuit";
import { requireUniversityAdmin } from "./policy";
import { circuitSchema } from "./schemas";

/**
 * Replaces the circuit of a university, or of one of its departments (which then overrides the
 * university's). Agreements already drafted keep their steps until they are submitted.
 */
export async function saveCircuit(actor: Actor | null, universityId: string, input: unknown): Promise<Circuit> {
  const me = requireUniversityAdmin(actor, universityId);
  const { departmentId, steps, reminderAfterDays } = await validate(circuitSchema, input);
  return db.$transaction(async (tx) => {
    if (departmentId) {
      const department = await tx.department.findFirst({
        where: { id: departmentId, universityId },
        select: { id: true },
      });
      if (!department) throw notFound("departmentNotFound");
    }
    const before = await circuitFor(tx, universityId, departmentId ?? null);
    const existing = await tx.agreementCircuit.findFirst({
      where: { universityId, departmentId: departmentId ?? null },
      select: { id: true },
    });
    const circuit = existing
      ? await tx.agreementCircuit.update({
          where: { id: existing.id },
          data: { reminderAfterDays: reminderAfterDays ?? undefined },
          select: { id: true },
        })
      : await tx.agreementCircuit.create({
          data: { universityId, departmentId, reminderAfterDays: reminderAfterDays ?? before.reminderAfterDays },
          select: { id: true },
        });
    await tx.agreementCircuitStep.deleteMany({ where: { circuitId: circuit.id } });
    await tx.agreementCircuitStep.createMany({
      data: steps.map((step, index) => ({ circuitId: circuit.id, order: index + 1, ...step })),
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "agreement-circuit.saved",
      entity: "AgreementCircuit",
      entityId: circuit.id,
      before: before.steps,
      after: { steps, reminderAfterDays: reminderAfterDays ?? before.reminderAfterDays },
    });
    return circuitFor(tx, universityId, departmentId ?? null);
  });
}
