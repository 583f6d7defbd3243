import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";

/** Enterprises anyone may see are the verified ones; members see their own, system admins all. */
export function readableEnterprise(actor: Actor | null): Prisma.EnterpriseWhereInput {
  if (actor?.role === "SYSTEM_ADMIN") return {};
  if (actor?.role === "ENTERPRISE" && actor.enterprise) return { OR: [{ verificationStatus: "VERIFIED" }, { id: actor.enterprise.id }] };
  return { verificationStatus: "VERIFIED" };
}

/** Whether the actor sees an enterprise's internal details (contacts, registration number, drafts). */
export const isInsider = (actor: Actor | null, enterpriseId: string) =>
  actor?.role === "SYSTEM_ADMIN" || (actor?.role === "ENTERPRISE" && actor.enterprise?.id === enterpriseId);
