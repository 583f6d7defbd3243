import { db, type Tx } from "@/lib/core/db";
import { mailOneTimeLink, notifySignerAccount } from "./signer-messages";

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
  await mailOneTimeLink(tx, {
    email: step.signerEmail!,
    name: step.signerName,
    language: step.agreement.language ?? "fr",
    letter: options.reminder ? "reminder" : "turn",
    template: options.reminder ? "agreementReminderLink" : "agreementSigningLink",
    values: { student: step.agreement.student.user.name, enterprise: step.agreement.enterprise.name },
    path: (code) => `/sign/${code}`,
    keep: (code) => tx.agreementStep.update({ where: { id: step.id }, data: code }),
  });
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
    const link = `/agreements/${step.agreement.id}`;
    await notifySignerAccount(tx, step.signer, {
      name: step.signerName,
      letter: "turn",
      template: "agreementTurn",
      values: { student: step.agreement.student.user.name, enterprise: step.agreement.enterprise.name },
      link,
      data: { agreementId: step.agreement.id, stepId },
    });
    return { asked: true };
  });
}
