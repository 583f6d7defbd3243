import { recordAudit } from "@/lib/core/audit";
import { db, type Tx } from "@/lib/core/db";
import { conflict, field } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { issueAccountLink } from "@/lib/identity/issue-account-link";
import { requireVerifiedEmail } from "@/lib/identity/policy";
import { ownDepartment } from "./create-program";
import { requireUniversityAdmin, scopedUniversity } from "./policy";
import { inviteSupervisorSchema, type InviteSupervisorInput } from "./schemas";

/** What a supervisor's invitation carries: accepting it creates the staff row (lib/identity/accept-invitation.ts). */
export type SupervisorInvite = {
  role: "UNIVERSITY_SUPERVISOR";
  universityId: string;
  departmentId: string | null;
  name: string;
  invitedBy: string;
};

/** Queues the invitation e-mail with a new single-use link (7 days); returns the invitation's id. */
export async function sendSupervisorInvitation(
  tx: Tx,
  university: { id: string; name: string },
  invite: SupervisorInvite & { email: string },
  locale: string,
) {
  const { email, ...data } = invite;
  return issueAccountLink(tx, "INVITATION", { email, name: invite.name, locale }, data, {
    kind: "supervisorInvitation",
    values: { university: university.name },
  });
}

/**
 * A university admin invites an academic supervisor by name, e-mail and department. An address that
 * already has an account cannot be invited (an account has one role); it is refused with that reason.
 */
export async function inviteSupervisor(actor: Actor | null, universityId: string, input: unknown) {
  // Invitations are platform-branded e-mails to any address: only from a confirmed sender.
  const me = requireVerifiedEmail(requireUniversityAdmin(actor));
  const data: InviteSupervisorInput = await validate(inviteSupervisorSchema, input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw conflict("inviteEmailTaken", { email: field("emailTaken") });
  }
  return db.$transaction(async (tx) => {
    const university = await scopedUniversity(me, universityId, tx);
    if (data.departmentId) await ownDepartment(tx, university.id, data.departmentId);
    const invitationId = await sendSupervisorInvitation(
      tx,
      university,
      {
        email: data.email,
        role: "UNIVERSITY_SUPERVISOR",
        universityId: university.id,
        departmentId: data.departmentId ?? null,
        name: data.name,
        invitedBy: me.userId,
      },
      me.locale,
    );
    await recordEvent(tx, "user.invited", { email: data.email, role: "UNIVERSITY_SUPERVISOR", universityId });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "supervisor.invited",
      entity: "University",
      entityId: university.id,
      after: data,
    });
    return { invitationId, email: data.email };
  });
}
