import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { agreementSelect, toAgreementView, type AgreementView } from "./agreement-view";
import { agreementEditorScope, agreementScope } from "./policy";

/** One agreement, for its parties (students, enterprise, university, supervisor, signers). */
export async function getAgreement(actor: Actor | null, agreementId: string): Promise<AgreementView> {
  const me = requireActor(actor);
  const row = await db.agreement.findFirst({
    where: { AND: [{ id: agreementId }, agreementScope(me)] },
    select: agreementSelect,
  });
  if (!row) throw notFound("agreementNotFound");
  const editable = await db.agreement.count({ where: { AND: [{ id: agreementId }, agreementEditorScope(me)] } });
  return toAgreementView(row, me, editable > 0);
}

/** The field-by-field history of an agreement (from the audit log), newest first. */
export async function getAgreementHistory(actor: Actor | null, agreementId: string) {
  const me = requireActor(actor);
  const visible = await db.agreement.count({ where: { AND: [{ id: agreementId }, agreementScope(me)] } });
  if (!visible) throw notFound("agreementNotFound");
  const rows = await db.auditLog.findMany({
    where: { entity: "Agreement", entityId: agreementId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
  });
  return rows.map((row) => ({
    action: row.action,
    at: row.createdAt,
    by: row.actor?.name ?? null,
    field: row.action === "agreement.field-changed" ? Object.keys(row.after ?? {})[0] : null,
    before: row.action === "agreement.field-changed" ? Object.values(row.before ?? {})[0] : row.before,
    after: row.action === "agreement.field-changed" ? Object.values(row.after ?? {})[0] : row.after,
  }));
}
