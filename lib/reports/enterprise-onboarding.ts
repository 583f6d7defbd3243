import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

export type OnboardingStep = { key: "profile" | "verification" | "firstOffer" | "team"; done: boolean; href: string };

/**
 * A new enterprise's first steps, in the order that unlocks the next (a verified enterprise
 * publishes; a complete profile gets verified sooner), each ticked from the data itself. Null for
 * an enterprise that has done them all, so the dashboard stops showing the list.
 */
export async function enterpriseOnboarding(actor: Actor | null): Promise<OnboardingStep[] | null> {
  const me = requireRole(actor, "ENTERPRISE");
  if (!me.enterprise) return null;
  const enterpriseId = me.enterprise.id;
  const [enterprise, published, members] = await Promise.all([
    db.enterprise.findUniqueOrThrow({
      where: { id: enterpriseId },
      select: {
        verificationStatus: true,
        description: true,
        logoUrl: true,
        applicationEmail: true,
        _count: { select: { locations: true } },
      },
    }),
    db.offer.count({ where: { enterpriseId, publishedAt: { not: null } } }),
    db.enterpriseMember.count({ where: { enterpriseId } }),
  ]);
  const steps: OnboardingStep[] = [
    {
      key: "profile",
      done: Boolean(
        enterprise.description && enterprise.logoUrl && enterprise.applicationEmail && enterprise._count.locations,
      ),
      href: "/enterprise#profile-title",
    },
    { key: "verification", done: enterprise.verificationStatus === "VERIFIED", href: "/enterprise#verification-title" },
    { key: "firstOffer", done: published > 0, href: "/enterprise/offers/new" },
    { key: "team", done: members > 1, href: "/enterprise#members-title" },
  ];
  return steps.every((step) => step.done) ? null : steps;
}
