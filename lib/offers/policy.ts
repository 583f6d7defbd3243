import { forbidden } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { visibleOffer } from "./visible-offer";

/** Offers are written by the enterprise's admins and recruiters (tutors follow interns only). */
export function requireOfferManager(actor: Actor | null): Actor & { enterprise: NonNullable<Actor["enterprise"]> } {
  const me = requireRole(actor, "ENTERPRISE");
  if (!me.enterprise || me.enterprise.memberRole === "TUTOR") throw forbidden("offersManagedByRecruiters");
  return me as Actor & { enterprise: NonNullable<Actor["enterprise"]> };
}

/** An offer the actor may read: visible ones, plus every offer of their own enterprise, or all for admins. */
export function readableOffer(actor: Actor | null): Prisma.OfferWhereInput {
  if (actor?.role === "SYSTEM_ADMIN") return {};
  if (actor?.role === "ENTERPRISE" && actor.enterprise)
    return { OR: [visibleOffer(), { enterpriseId: actor.enterprise.id }] };
  return visibleOffer();
}
