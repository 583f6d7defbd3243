import { db, type Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { codeDigest, codeExpiry, newSigningCode, SIGNING_CODE_HOURS } from "./signing-code";

type AskedStep = {
  id: string;
  party: string;
  signerUserId: string | null;
  signerName: string | null;
  signerEmail: string | null;
  deadline: Date | null;
  agreement: {
    id: string;
    language?: string;
    student: { user: { name: string } };
    enterprise: { name: string };
  };
};

/**
 * E-mails an outside signer a fresh single-use link (the code is in it; only its digest is kept)
 * and voids any earlier one, in the agreement's language. Used when they are asked, reminded, and
 * when an expired link asks for another.
 */
export async function mailSigningLink(tx: Tx, step: AskedStep, options: { reminder?: boolean } = {}) {
  const locale = step.agreement.language ?? "fr";
  const code = newSigningCode();
  await tx.agreementStep.update({
    where: { id: step.id },
    data: { codeHash: codeDigest(code), codeExpiresAt: codeExpiry() },
  });
  const t = translator(locale, options.reminder ? "agreements.emails.reminder" : "agreements.emails.turn");
  const values = { student: step.agreement.student.user.name, enterprise: step.agreement.enterprise.name };
  await queueEmail(
    tx,
    step.signerEmail!,
    renderEmail({
      template: options.reminder ? "agreementReminderLink" : "agreementSigningLink",
      subject: t("subject", values),
      greeting: translator(locale, "emails")(step.signerName ? "greetingNamed" : "greeting", {
        name: step.signerName ?? "",
      }),
      paragraphs: [t("body", values), t("linkExpiry", { hours: SIGNING_CODE_HOURS })],
      action: { label: t("action"), url: `${env().APP_URL}/sign/${code}` },
      footer: translator(locale, "emails")("footer"),
    }),
  );
}

const stepSelect = {
  id: true,
  party: true,
  signerUserId: true,
  signerName: true,
  signerEmail: true,
  deadline: true,
  signer: { select: { id: true, email: true, locale: true } },
  agreement: {
    select: {
      id: true,
      language: true,
      student: { select: { user: { select: { name: true } } } },
      enterprise: { select: { name: true } },
    },
  },
} as const;

/**
 * Asks the party whose turn it is, once (the step is claimed in the same transaction as the
 * e-mail and the notification, so a retried workflow step sends nothing twice): an account holder
 * in the app and by e-mail, an outside signer by an e-mailed single-use link.
 */
export async function askSigner(stepId: string): Promise<{ asked: boolean }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.agreementStep.updateMany({
      where: { id: stepId, askedAt: null, status: "PENDING", agreement: { status: "SIGNING" } },
      data: { askedAt: new Date() },
    });
    if (claimed.count === 0) return { asked: false };
    const step = await tx.agreementStep.findUniqueOrThrow({ where: { id: stepId }, select: stepSelect });
    if (!step.signer) {
      if (step.signerEmail) await mailSigningLink(tx, step);
      return { asked: Boolean(step.signerEmail) };
    }
    const t = translator(step.signer.locale, "agreements.emails.turn");
    const values = { student: step.agreement.student.user.name, enterprise: step.agreement.enterprise.name };
    const link = `/agreements/${step.agreement.id}`;
    await notifyUser(tx, step.signer, {
      kind: "agreements",
      title: t("subject", values),
      body: t("body", values),
      link,
      data: { agreementId: step.agreement.id, stepId },
      email: renderEmail({
        template: "agreementTurn",
        subject: t("subject", values),
        greeting: translator(step.signer.locale, "emails")("greetingNamed", { name: step.signerName ?? "" }),
        paragraphs: [t("body", values)],
        action: { label: t("action"), url: `${env().APP_URL}${link}` },
        footer: translator(step.signer.locale, "emails")("footer"),
      }),
    });
    return { asked: true };
  });
}
