import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { enterpriseScope, requireRole } from "@/lib/identity/policy";

/** The enterprise of the signed-in member, with its members and contacts. */
export async function describeOwnEnterprise(actor: Actor | null) {
  const me = requireRole(actor, "ENTERPRISE");
  const { enterpriseId } = enterpriseScope(me);
  const enterprise = await db.enterprise.findUnique({
    where: { id: enterpriseId },
    include: {
      members: { orderBy: { createdAt: "asc" }, select: { id: true, role: true, user: { select: { name: true, email: true } } } },
      locations: true,
      _count: { select: { offers: true } },
    },
  });
  if (!enterprise) throw notFound("Your enterprise");
  return enterprise;
}
