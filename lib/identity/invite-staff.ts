import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, forbidden } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "./actor";
import { issueAccountLink } from "./issue-account-link";
import { requireRole, requireVerifiedEmail } from "./policy";
import { inviteStaffSchema } from "./schemas";

/** A university admin (of that university) or a system admin invites an admin or supervisor by e-mail. */
export async function inviteStaff(actor: Actor | null, input: unknown): Promise<void> {
  const me = requireVerifiedEmail(requireRole(actor, "UNIVERSITY_ADMIN", "SYSTEM_ADMIN"));
  const data = await validate(inviteStaffSchema, input);
  if (me.role === "UNIVERSITY_ADMIN" && me.university?.id !== data.universityId) throw forbidden();
  const university = await db.university.findUnique({ where: { id: data.universityId }, select: { id: true } });
  if (!university) throw forbidden();
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw conflict("inviteEmailTaken", { email: field("emailTaken") });
  }
  await db.$transaction(async (tx) => {
    await issueAccountLink(
      tx,
      "INVITATION",
      { email: data.email, locale: me.locale },
      {
        role: data.role,
        universityId: data.universityId,
        invitedBy: me.userId,
      },
    );
    await recordEvent(tx, "user.invited", { email: data.email, role: data.role, universityId: data.universityId });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "staff.invited",
      entity: "University",
      entityId: data.universityId,
      after: data,
    });
  });
}
