import { forbidden } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";

/** Enterprises anyone may see are the verified ones; members see their own, system admins all. */
export function readableEnterprise(actor: Actor | null): Prisma.EnterpriseWhereInput {
  if (actor?.role === "SYSTEM_ADMIN") return {};
  if (actor?.role === "ENTERPRISE" && actor.enterprise)
    return { OR: [{ verificationStatus: "VERIFIED" }, { id: actor.enterprise.id }] };
  return { verificationStatus: "VERIFIED" };
}

/** Whether the actor sees an enterprise's internal details (contacts, registration number, drafts). */
export const isInsider = (actor: Actor | null, enterpriseId: string) =>
  actor?.role === "SYSTEM_ADMIN" || (actor?.role === "ENTERPRISE" && actor.enterprise?.id === enterpriseId);

/** Rows that belong to an enterprise (offers, its members, its interns): its own members only. */
export function enterpriseScope(actor: Actor): { enterpriseId?: string } {
  if (actor.role === "SYSTEM_ADMIN") return {};
  if (actor.role === "ENTERPRISE" && actor.enterprise) return { enterpriseId: actor.enterprise.id };
  throw forbidden();
}

/** Enterprise actions that change membership or company data need the enterprise's admin role. */
export function requireEnterpriseAdmin(actor: Actor): Actor & { enterprise: NonNullable<Actor["enterprise"]> } {
  if (actor.role !== "ENTERPRISE" || actor.enterprise?.memberRole !== "ADMIN") throw forbidden();
  return actor as Actor & { enterprise: NonNullable<Actor["enterprise"]> };
}
