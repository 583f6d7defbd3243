import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireApplicationDecider } from "./policy";
import { ownTemplate, templateSelect, type TemplateView } from "./rejection-templates";
import { rejectionTemplateSchema } from "./schemas";

/**
 * Saves a named rejection message of the enterprise (admins and recruiters), in French and/or
 * English. A variable other than {studentName}, {offerTitle} and {enterpriseName} is refused, and
 * so is a name the enterprise already uses.
 */
export async function createRejectionTemplate(
  actor: Actor | null,
  enterpriseId: string,
  input: unknown,
): Promise<TemplateView> {
  const me = requireApplicationDecider(actor);
  if (me.enterprise.id !== enterpriseId) throw notFound("enterpriseNotFound");
  const data = await validate(rejectionTemplateSchema, input);
  return db.$transaction(async (tx) => {
    const taken = await tx.rejectionTemplate.findFirst({
      where: { enterpriseId: me.enterprise.id, name: { equals: data.name, mode: "insensitive" } },
      select: { id: true },
    });
    if (taken) throw conflict("templateNameTaken", { name: field("templateNameTaken") });
    const row = await tx.rejectionTemplate.create({
      data: {
        enterpriseId: me.enterprise.id,
        name: data.name,
        reason: data.reason ?? null,
        bodyFr: data.bodyFr ?? null,
        bodyEn: data.bodyEn ?? null,
      },
      select: templateSelect,
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "rejectionTemplate.create",
      entity: "RejectionTemplate",
      entityId: row.id,
      after: { name: row.name },
    });
    return ownTemplate(row);
  });
}
