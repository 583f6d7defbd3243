import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { requireEnterpriseAdmin } from "./policy";
import { removeMemberSchema } from "./schemas";

/**
 * An enterprise admin removes a member of its own team (possibly themselves), never the last
 * admin. The enterprise row is locked first, so two admins removing each other at once cannot
 * both succeed. The account stays; it no longer belongs to the enterprise.
 */
export async function removeMember(actor: Actor | null, input: unknown): Promise<void> {
  const me = requireEnterpriseAdmin(requireActor(actor));
  const { memberId } = await validate(removeMemberSchema, input);
  const enterpriseId = me.enterprise.id;
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`select id from "Enterprise" where id = ${enterpriseId} for update`;
    const member = await tx.enterpriseMember.findFirst({
      where: { id: memberId, enterpriseId },
      select: { id: true, role: true, userId: true, user: { select: { email: true } } },
    });
    if (!member) throw notFound("memberNotFound");
    if (member.role === "ADMIN" && (await tx.enterpriseMember.count({ where: { enterpriseId, role: "ADMIN" } })) <= 1) {
      throw conflict("lastAdmin", { memberId: field("lastAdmin") });
    }
    await tx.enterpriseMember.delete({ where: { id: member.id } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "enterprise.member-removed",
      entity: "Enterprise",
      entityId: enterpriseId,
      before: member,
    });
  });
}
