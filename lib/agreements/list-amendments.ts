import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { amendmentSelect, toAmendmentView, type AmendmentView } from "./amendment-view";
import { agreementScope } from "./policy";

/** The amendments of an agreement, newest first, with their diff and signatures, for its parties. */
export async function listAmendments(actor: Actor | null, agreementId: string): Promise<AmendmentView[]> {
  const me = requireActor(actor);
  const visible = await db.agreement.count({ where: { AND: [{ id: agreementId }, agreementScope(me)] } });
  if (!visible) throw notFound("agreementNotFound");
  const rows = await db.agreementAmendment.findMany({
    where: { agreementId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: amendmentSelect,
  });
  return rows.map((row) => toAmendmentView(row, me));
}
