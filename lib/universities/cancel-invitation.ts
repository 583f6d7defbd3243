import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { pendingUniversityInvitation, withdrawInvitation } from "@/lib/identity/invitations";
import { requireUniversityAdmin, scopedUniversity } from "./policy";
import { invitationIdSchema } from "./schemas";

/** Withdraws a staff invitation not accepted yet: its link stops working at once. */
export async function cancelInvitation(actor: Actor | null, universityId: string, input: unknown) {
  const me = requireUniversityAdmin(actor);
  const { invitationId } = await validate(invitationIdSchema, input);
  return db.$transaction(async (tx) => {
    const university = await scopedUniversity(me, universityId, tx);
    const invitation = await pendingUniversityInvitation(tx, university.id, invitationId);
    if (!invitation || !(await withdrawInvitation(tx, invitation.id))) throw conflict("invitationNotPending");
    await recordAudit(tx, {
      actorId: me.userId,
      action: "staff.invitation-cancelled",
      entity: "University",
      entityId: university.id,
      before: { email: invitation.email },
    });
    return { email: invitation.email };
  });
}
