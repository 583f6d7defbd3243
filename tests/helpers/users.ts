import { db } from "@/lib/core/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/identity/password";

export const PASSWORD = "Correct-horse-42";
/** The TOTP secret of the system admins made here: they must have two-step verification on. */
export const ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

let passwordHash: Promise<string> | undefined;

/**
 * A verified user of the given role, with the membership rows that role needs. A system admin has
 * two-step verification on (ADMIN_TOTP_SECRET), as the platform requires, unless `totp: false`.
 */
export async function createUser(
  role: Role,
  overrides: { email?: string; universityId?: string; enterpriseId?: string; totp?: boolean } = {},
) {
  const email = overrides.email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const user = await db.user.create({
    data: {
      email,
      name: `Test ${role}`,
      role,
      passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
      emailVerified: new Date(),
      ...(role === "SYSTEM_ADMIN" &&
        overrides.totp !== false && { totpSecret: ADMIN_TOTP_SECRET, totpEnabledAt: new Date() }),
    },
  });
  if (role === "STUDENT") await db.student.create({ data: { userId: user.id, universityId: overrides.universityId } });
  if (role === "ENTERPRISE") {
    const enterpriseId =
      overrides.enterpriseId ??
      (await db.enterprise.create({ data: { name: `Ent ${user.id}`, slug: `ent-${user.id}` } })).id;
    await db.enterpriseMember.create({ data: { enterpriseId, userId: user.id, role: "ADMIN" } });
  }
  if (role === "UNIVERSITY_ADMIN" || role === "UNIVERSITY_SUPERVISOR") {
    const universityId =
      overrides.universityId ?? (await db.university.create({ data: { name: "Test University" } })).id;
    await db.universityStaff.create({ data: { userId: user.id, universityId } });
  }
  return user;
}
