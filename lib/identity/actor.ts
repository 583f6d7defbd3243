import { db } from "@/lib/core/db";
import type { EnterpriseMemberRole, Role } from "@/lib/generated/prisma/client";

/** Who is calling, with the memberships that ownership checks need. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  emailVerified: boolean;
  studentId: string | null;
  enterprise: { id: string; memberRole: EnterpriseMemberRole; verified: boolean } | null;
  university: { id: string; staffId: string } | null;
  /** Whether the account signs in with a TOTP second factor (required of system admins). */
  totpEnabled: boolean;
  /** The browser session (Session.id) the call came through; null for bearer tokens and jobs. */
  sessionId: string | null;
};

export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, disabledAt: null },
    include: {
      student: { select: { id: true } },
      // One at most: EnterpriseMember.userId is unique.
      enterpriseMember: {
        select: { enterpriseId: true, role: true, enterprise: { select: { verificationStatus: true } } },
      },
      universityStaff: { select: { id: true, universityId: true } },
    },
  });
  if (!user) return null;
  const membership = user.enterpriseMember;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    emailVerified: Boolean(user.emailVerified),
    studentId: user.student?.id ?? null,
    enterprise: membership
      ? {
          id: membership.enterpriseId,
          memberRole: membership.role,
          verified: membership.enterprise.verificationStatus === "VERIFIED",
        }
      : null,
    university: user.universityStaff
      ? { id: user.universityStaff.universityId, staffId: user.universityStaff.id }
      : null,
    totpEnabled: user.totpEnabledAt !== null,
    sessionId: null,
  };
}
