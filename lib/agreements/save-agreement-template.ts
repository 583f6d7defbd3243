import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { templateFor, type AgreementTemplate } from "./agreement-template";
import { requireUniversityAdmin } from "./policy";
import { templateSchema } from "./schemas";

async function ownDepartment(universityId: string, departmentId: string | null | undefined) {
  if (!departmentId) return;
  const department = await db.department.findFirst({ where: { id: departmentId, universityId }, select: { id: true } });
  if (!department) throw notFound("departmentNotFound");
}

/** The articles a university (or one of its departments) puts in its agreements, for its admins. */
export async function getAgreementTemplate(
  actor: Actor | null,
  universityId: string,
  departmentId?: string | null,
): Promise<AgreementTemplate> {
  requireUniversityAdmin(actor, universityId);
  await ownDepartment(universityId, departmentId);
  return templateFor(db, universityId, departmentId ?? null);
}

/**
 * Replaces the template articles (French and English) of a university, or of one of its
 * departments. Agreements already submitted keep the articles they were signed with.
 */
export async function saveAgreementTemplate(
  actor: Actor | null,
  universityId: string,
  input: unknown,
): Promise<AgreementTemplate> {
  const me = requireUniversityAdmin(actor, universityId);
  const { departmentId, fr, en } = await validate(templateSchema, input);
  await ownDepartment(universityId, departmentId);
  return db.$transaction(async (tx) => {
    const before = await templateFor(tx, universityId, departmentId ?? null);
    const articles = { fr, en };
    const existing = await tx.agreementCircuit.findFirst({
      where: { universityId, departmentId: departmentId ?? null },
      select: { id: true },
    });
    const circuit = existing
      ? await tx.agreementCircuit.update({ where: { id: existing.id }, data: { articles }, select: { id: true } })
      : await tx.agreementCircuit.create({
          data: { universityId, departmentId: departmentId ?? null, articles },
          select: { id: true },
        });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "agreement-template.saved",
      entity: "AgreementCircuit",
      entityId: circuit.id,
      before: { fr: before.fr, en: before.en },
      after: articles,
    });
    return templateFor(tx, universityId, departmentId ?? null);
  });
}
