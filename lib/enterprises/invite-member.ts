import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { issueAccountLink } from "@/lib/identity/issue-account-link";
import { requireActor, requireVerifiedEmail } from "@/lib/identity/policy";
import { requireEnterpriseAdmin } from "./policy";
import { inviteMemberSchema } from "./schemas";

/**
 * An enterprise admin invites someone by e-mail with a role in the team. Accepting the e-mailed
 * link creates their account (lib/identity/accept-invitation.ts); an address that already has an
 * account cannot be invited, since an account belongs to one enterprise.
 */
export async function inviteMember(actor: Actor | null, input: unknown): Promise<{ email: string }> {
  const me = requireEnterpriseAdmin(requireActor(actor));
  // Invitations are platform-branded e-mails to any address: only from a confirmed sender.
  requireVerifiedEmail(me);
  const data = await validate(inviteMemberSchema, input);
  const enterpriseId = me.enterprise.id;
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw conflict("inviteEmailTaken", { email: field("emailTaken") });
  }
  await db.$transaction(async (tx) => {
    const enterprise = await tx.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { name: true } });
    await issueAccountLink(
      tx,
      "INVITATION",
      { email: data.email, locale: me.locale },
      { enterpriseId, memberRole: data.role, invitedBy: me.userId },
      { kind: "enterpriseInvitation", values: { enterprise: enterprise.name, role: data.role } },
    );
    await recordEvent(tx, "enterprise.member-invited", { enterpriseId, email: data.email });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "enterprise.member-invited",
      entity: "Enterprise",
      entityId: enterpriseId,
      after: data,
    });
  });
  return { email: data.email };
}
