import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { pendingUniversityInvitation, withdrawInvitation } from "@/lib/identity/invitations";
import { requireVerifiedEmail } from "@/lib/identity/policy";
import { sendSupervisorInvitation, type SupervisorInvite } from "./invite-supervisor";
import { requireUniversityAdmin, scopedUniversity } from "./policy";
import { invitationIdSchema } from "./schemas";

/** Sends a staff invitation again with a new link (7 days from now); the old link stops working. */
export async function resendInvitation(actor: Actor | null, universityId: string, input: unknown) {
  const me = requireVerifiedEmail(requireUniversityAdmin(actor));
  const { invitationId } = await validate(invitationIdSchema, input);
  return db.$transaction(async (tx) => {
    const university = await scopedUniversity(me, universityId, tx);
    const invitation = await pendingUniversityInvitation(tx, university.id, invitationId);
    if (!invitation || !(await withdrawInvitation(tx, invitation.id))) throw conflict("invitationNotPending");
    const data = invitation.data as SupervisorInvite;
    const id = await sendSupervisorInvitation(
      tx,
      university,
      { ...data, email: invitation.email, universityId: university.id },
      me.locale,
    );
    await recordAudit(tx, {
      actorId: me.userId,
      action: "staff.invitation-resent",
      entity: "University",
      entityId: university.id,
      after: { email: invitation.email },
    });
    return { invitationId: id, email: invitation.email };
  });
}
