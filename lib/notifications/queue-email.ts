import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import { translator } from "@/lib/core/translator";
import { applyEmailWording } from "./apply-email-wording";
import type { NotificationKind } from "./kinds";
import { renderBranded } from "./templates/render-branded";
import type { RenderedEmail } from "./templates/layout";
import { unsubscribePageUrl, unsubscribePostUrl, unsubscribeToken } from "./unsubscribe-token";

export type QueueOptions = {
  /** The recipient's account, when the e-mail tells of a notification of `kind`: it gets a one-click unsubscribe. */
  userId?: string;
  kind?: NotificationKind;
  locale?: string;
  /** Not sent before then (quiet hours): the release workflow sends it. */
  notBefore?: Date | null;
  /** Kept for the recipient's daily digest instead of being sent on its own. */
  hold?: boolean;
};

/**
 * Queues an e-mail in the caller's transaction. It is delivered by the send-email workflow, so a
 * rolled-back change sends nothing and a mail provider that is down only delays it. An e-mail
 * given as content is laid out with the branded react-email template.
 */
export async function queueEmail(
  tx: Tx,
  to: string,
  given: RenderedEmail,
  options: QueueOptions = {},
): Promise<string> {
  // The staff's wording of this e-mail in its language, when they wrote one.
  const email = await applyEmailWording(tx, given);
  const { userId, kind } = options;
  const locale =
    options.locale ??
    email.editable?.locale ??
    (await tx.user.findUnique({ where: { email: to }, select: { locale: true } }))?.locale ??
    "fr";
  let { html, text } = email;
  let headers: Record<string, string> | undefined;
  if (email.content) {
    const token = userId && kind ? unsubscribeToken(userId, kind) : null;
    const label = token
      ? translator(locale, "notifications.email")("unsubscribe", {
          kind: translator(locale, "notifications.kinds")(`${kind}.label`),
        })
      : null;
    const unsubscribe = token && label ? { url: unsubscribePageUrl(token), label } : undefined;
    ({ html } = await renderBranded({ locale, subject: email.subject, content: email.content, unsubscribe }));
    if (token && unsubscribe) {
      // The hand-written text part keeps bare URLs; the unsubscribe line is added to it.
      text = `${text}\n\n${unsubscribe.label}: ${unsubscribe.url}`;
      headers = {
        "List-Unsubscribe": `<${unsubscribePostUrl(token)}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      };
    }
  }
  const row = await tx.emailMessage.create({
    data: {
      to,
      subject: email.subject,
      html,
      text,
      template: email.template,
      userId,
      kind,
      headers,
      notBefore: options.notBefore ?? null,
      status: options.hold ? "HELD" : "PENDING",
    },
    select: { id: true },
  });
  if (!options.hold && !options.notBefore) await recordEvent(tx, "notification.email.send", { emailId: row.id });
  return row.id;
}
