import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { AppError, field } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { EnterpriseMemberRole, Prisma, Role } from "@/lib/generated/prisma/client";
import { consumeAccountLink } from "./consume-account-link";
import { membershipConflict } from "./membership-conflict";
import { hashPassword } from "./password";
import { acceptInvitationSchema } from "./schemas";

/** What an invitation carries: a university staff role, or a role in an enterprise's team. */
type Invite =
  | { role: Role; universityId: string; departmentId?: string | null }
  | { enterpriseId: string; memberRole: EnterpriseMemberRole };

function membership(invite: Invite): Pick<Prisma.UserCreateInput, "role" | "universityStaff" | "enterpriseMember"> {
  if ("enterpriseId" in invite) {
    return {
      role: "ENTERPRISE",
      enterpriseMember: { create: { enterpriseId: invite.enterpriseId, role: invite.memberRole } },
    };
  }
  return {
    role: invite.role,
    universityStaff: { create: { universityId: invite.universityId, departmentId: invite.departmentId ?? null } },
  };
}

/** Creates the invited staff or enterprise member account; the link proves the address, so it starts verified. */
export async function acceptInvitation(input: unknown): Promise<{ email: string }> {
  const data = await validate(acceptInvitationSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const link = await consumeAccountLink(tx, "INVITATION", data.token);
      const invite = link.data as Invite;
      if (
        "enterpriseId" in invite &&
        !(await tx.enterprise.findUnique({ where: { id: invite.enterpriseId }, select: { id: true } }))
      ) {
        throw new AppError("INVALID_TOKEN", "invitationEnterpriseRemoved");
      }
      // A supervisor's department may have been removed since the invitation: they join without one.
      if ("universityId" in invite && invite.departmentId) {
        const where = { id: invite.departmentId, universityId: invite.universityId };
        if (!(await tx.department.findFirst({ where, select: { id: true } }))) invite.departmentId = null;
      }
      const user = await tx.user.create({
        data: { email: link.email, name: data.name, passwordHash, emailVerified: new Date(), ...membership(invite) },
      });
      await recordEvent(tx, "user.registered", { userId: user.id });
      return { email: user.email };
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) {
      throw new AppError("CONFLICT", "accountExistsSignIn", {
        fieldErrors: { email: field("emailTaken") },
      });
    }
    throw membershipConflict(error);
  }
}
