import { Resend } from "resend";
import { db } from "@/lib/core/db";
import { env, resendConfigured } from "@/lib/core/env";

export type DeliveryOutcome = "SENT" | "CAPTURED" | "ALREADY_DONE" | "NOT_YET";

/**
 * Sends one queued e-mail through Resend, or captures it for the dev mailbox when Resend is not
 * configured. Safe to call again: a delivered message is not sent twice.
 */
export async function deliverEmail(emailId: string): Promise<DeliveryOutcome> {
  const email = await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
  if (email.status === "SENT" || email.status === "CAPTURED" || email.status === "DIGESTED") return "ALREADY_DONE";
  // Held for a digest or by quiet hours: the digest or the release workflow sends it later.
  if (email.status === "HELD" || (email.notBefore && email.notBefore > new Date())) return "NOT_YET";

  if (!resendConfigured()) {
    await db.emailMessage.update({ where: { id: emailId }, data: { status: "CAPTURED", sentAt: new Date() } });
    return "CAPTURED";
  }

  const resend = new Resend(env().RESEND_API_KEY);
  // Without network the SDK returns { error } instead of throwing: a failure must throw to be retried.
  const { data, error } = await resend.emails.send(
    {
      from: env().MAIL_FROM,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: (email.headers as Record<string, string> | null) ?? undefined,
    },
    { idempotencyKey: `email/${email.id}` },
  );
  if (error || !data) {
    await db.emailMessage.update({
      where: { id: emailId },
      data: { attempts: { increment: 1 }, lastError: error?.message ?? "no response" },
    });
    throw new Error(`Resend refused e-mail ${emailId}: ${error?.message ?? "no response"}`);
  }
  await db.emailMessage.update({
    where: { id: emailId },
    data: { status: "SENT", providerId: data.id, sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
  });
  return "SENT";
}
