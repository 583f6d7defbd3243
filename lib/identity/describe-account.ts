import { db } from "@/lib/core/db";
import type { Actor } from "./actor";
import { requireActor } from "./policy";

/** What the profile page shows of the signed-in user's own account and memberships. */
export async function describeAccount(actor: Actor | null) {
  const me = requireActor(actor);
  const [enterprise, university, user] = await Promise.all([
    me.enterprise ? db.enterprise.findUnique({ where: { id: me.enterprise.id }, select: { name: true } }) : null,
    me.university ? db.university.findUnique({ where: { id: me.university.id }, select: { name: true } }) : null,
    db.user.findUnique({ where: { id: me.userId }, select: { passwordHash: true, deletionScheduledFor: true } }),
  ]);
  return {
    name: me.name,
    email: me.email,
    role: me.role,
    locale: me.locale,
    emailVerified: me.emailVerified,
    /** Accounts made through an identity provider have none (until "Forgot password" sets one). */
    hasPassword: Boolean(user?.passwordHash),
    deletionScheduledFor: user?.deletionScheduledFor ?? null,
    enterprise: enterprise && me.enterprise ? { name: enterprise.name, memberRole: me.enterprise.memberRole } : null,
    university: university ? { name: university.name } : null,
  };
}
