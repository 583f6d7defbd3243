import type { Actor } from "./actor";
import { requireActor } from "./policy";

/** The caller's own account, as GET /auth/me returns it. */
export function describeMe(actor: Actor | null) {
  const me = requireActor(actor);
  return {
    id: me.userId,
    email: me.email,
    name: me.name,
    role: me.role,
    locale: me.locale,
    emailVerified: me.emailVerified,
    studentId: me.studentId,
    enterpriseId: me.enterprise?.id ?? null,
    enterpriseRole: me.enterprise?.memberRole ?? null,
    universityId: me.university?.id ?? null,
  };
}
