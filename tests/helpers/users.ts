import { db } from "@/lib/core/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/identity/password";

export const PASSWORD = "Correct-horse-42";

let passwordHash: Promise<string> | undefined;

/** A verified user of the given role, with the membership rows that role needs. */
export async function createUser(
  role: Role,
  overrides: { email?: string; universityId?: string; enterpriseId?: string } = {},
) {
  const email = overrides.email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const user = await db.user.create({
    data: {
      email,
      name: `Test ${role}`,
      role,
      passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
      emailVerified: new Date(),
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
