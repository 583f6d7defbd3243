import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { enterpriseScope } from "./policy";
import { verificationSummarySelect } from "./enterprise-selects";

/**
 * The enterprise of the signed-in member, for its settings page: profile and lists, members,
 * invitations still open, and its latest verification request with the documents sent.
 */
export async function describeOwnEnterprise(actor: Actor | null) {
  const me = requireRole(actor, "ENTERPRISE");
  const { enterpriseId } = enterpriseScope(me);
  const enterprise = await db.enterprise.findUnique({
    where: { id: enterpriseId },
    include: {
      members: {
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      locations: { orderBy: { id: "asc" } },
      contacts: { orderBy: { id: "asc" } },
      certifications: { orderBy: { id: "asc" } },
      verifications: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: verificationSummarySelect,
      },
      _count: { select: { offers: true } },
    },
  });
  if (!enterprise) throw notFound("ownEnterpriseNotFound");
  const invitations = await db.authToken.findMany({
    where: {
      purpose: "INVITATION",
      usedAt: null,
      expiresAt: { gt: new Date() },
      data: { path: ["enterpriseId"], equals: enterprise.id },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, data: true, expiresAt: true },
  });
  const { verifications, ...rest } = enterprise;
  return {
    ...rest,
    latestVerification: verifications[0] ?? null,
    invitations: invitations.map(({ data, ...invitation }) => ({
      ...invitation,
      role: (data as { memberRole: string }).memberRole,
    })),
    canManage: me.enterprise?.memberRole === "ADMIN",
  };
}
