import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireApplicationDecider } from "./policy";

/** Deletes one of the enterprise's own templates (the built-in ones stay); another's reads as not found. */
export async function deleteRejectionTemplate(actor: Actor | null, templateId: string): Promise<void> {
  const me = requireApplicationDecider(actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.rejectionTemplate.deleteMany({
      where: { id: templateId, enterpriseId: me.enterprise.id },
    });
    if (count === 0) throw notFound("templateNotFound");
    await recordAudit(tx, {
      actorId: me.userId,
      action: "rejectionTemplate.delete",
      entity: "RejectionTemplate",
      entityId: templateId,
    });
  });
}
