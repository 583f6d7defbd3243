import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import type { RenderedEmail } from "./templates/layout";

/**
 * Queues an e-mail in the caller's transaction. It is delivered by the send-email workflow, so a
 * rolled-back change sends nothing and a mail provider that is down only delays it.
 */
export async function queueEmail(tx: Tx, to: string, email: RenderedEmail): Promise<string> {
  const row = await tx.emailMessage.create({
    data: { to, subject: email.subject, html: email.html, text: email.text, template: email.template },
    select: { id: true },
  });
  await recordEvent(tx, "notification.email.send", { emailId: row.id });
  return row.id;
}
