import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, field, invalid } from "@/lib/core/errors";
import { env } from "@/lib/core/env";
import { consume } from "@/lib/core/rate-limit";
import { translator } from "@/lib/core/translator";
import { validate } from "@/lib/core/validation";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";
import type { Actor } from "./actor";
import { issueAccountLink } from "./issue-account-link";
import { verifyPassword } from "./password";
import { requireSignedIn } from "./policy";
import { changeEmailSchema } from "./schemas";

/**
 * Asks for a new sign-in address: after the password, a link goes to the new address (the address
 * changes only when it is followed, proving the user reads that inbox), and the current address is
 * told, so that someone who took over the session cannot move the account away unnoticed.
 */
export async function requestEmailChange(actor: Actor | null, input: unknown) {
  const me = requireSignedIn(actor);
  const { email, password } = await validate(changeEmailSchema, input);
  if (email === me.email.toLowerCase()) throw invalid({ email: field("emailUnchanged") });
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.userId },
    select: { passwordHash: true, name: true, locale: true, email: true },
  });
  if (!user.passwordHash) throw conflict("passwordNotSet");
  await consume("change-email", me.userId, 5, 3600);
  if (!(await verifyPassword(user.passwordHash, password))) throw invalid({ password: field("wrongPassword") });
  if (await db.user.count({ where: { email } })) throw invalid({ email: field("emailTaken") });
  await db.$transaction(async (tx) => {
    // One pending change at a time: an earlier link stops working.
    await tx.authToken.updateMany({
      where: { userId: me.userId, purpose: "CHANGE_EMAIL", usedAt: null },
      data: { usedAt: new Date() },
    });
    await issueAccountLink(
      tx,
      "CHANGE_EMAIL",
      { email, userId: me.userId, name: user.name, locale: user.locale },
      {
        from: user.email,
      },
    );
    await queueEmail(tx, user.email, noticeToCurrentAddress(user, email));
    await recordAudit(tx, {
      actorId: me.userId,
      action: "email-change.requested",
      entity: "User",
      entityId: me.userId,
    });
  });
  return { email };
}

function noticeToCurrentAddress(user: { name: string; locale: string }, newEmail: string) {
  const t = translator(user.locale, "emails");
  return renderEmail({
    template: "emailChangeRequested",
    subject: t("emailChangeRequested.subject"),
    greeting: t("greetingNamed", { name: user.name }),
    paragraphs: [t("emailChangeRequested.body", { email: newEmail }), t("emailChangeRequested.advice")],
    action: { label: t("emailChangeRequested.action"), url: `${env().APP_URL}/profile` },
    footer: t("footer"),
  });
}
