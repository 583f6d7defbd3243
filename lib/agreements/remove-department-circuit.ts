import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin } from "./policy";
import { departmentCircuitSchema } from "./schemas";

/**
 * Removes a department's own circuit and template articles: its agreements then follow the
 * university's (or the defaults). Agreements already submitted keep the steps and articles they
 * were frozen with. Removing an override the department does not have changes nothing.
 */
export async function removeDepartmentCircuit(
  actor: Actor | null,
  universityId: string,
  input: unknown,
): Promise<{ removed: boolean }> {
  const me = requireUniversityAdmin(actor, universityId);
  const { departmentId } = await validate(departmentCircuitSchema, input);
  return db.$transaction(async (tx) => {
    const department = await tx.department.findFirst({
      where: { id: departmentId, universityId },
      select: { id: true },
    });
    if (!department) throw notFound("departmentNotFound");
    const own = await tx.agreementCircuit.findFirst({
      where: { universityId, departmentId },
      select: {
        id: true,
        reminderAfterDays: true,
        articles: true,
        steps: { orderBy: { order: "asc" }, select: { party: true, deadlineDays: true } },
      },
    });
    if (!own) return { removed: false };
    await tx.agreementCircuit.deleteMany({ where: { id: own.id, universityId, departmentId } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "agreement-circuit.removed",
      entity: "AgreementCircuit",
      entityId: own.id,
      before: { departmentId, steps: own.steps, reminderAfterDays: own.reminderAfterDays, articles: own.articles },
    });
    return { removed: true };
  });
}
