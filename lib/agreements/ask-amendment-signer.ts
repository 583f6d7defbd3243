import { db, type Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyUser } from "@/lib/notifications/notify-user";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { mailOneTimeLink, notifySignerAccount } from "./signer-messages";

const stepSelect = {
  id: true,
  party: true,
  status: true,
  refusalReason: true,
  signerName: true,
  signerEmail: true,
  signer: { select: { id: true, email: true, locale: true } },
  amendment: {
    select: {
      id: true,
      status: true,
      proposedBy: { select: { id: true, email: true, locale: true } },
      steps: { select: { signerEmail: true, signer: { select: { id: true, email: true, locale: true } } } },
      agreement: {
        select: {
          id: true,
          language: true,
          student: { select: { user: { select: { name: true } } } },
          enterprise: { select: { name: true } },
        },
      },
    },
  },
} as const;

type OutsideSigner = {
  id: string;
  signerName: string | null;
  signerEmail: string;
  amendment: {
    agreement: { language: string; student: { user: { name: string } }; enterprise: { name: string } };
  };
};

/**
 * E-mails an outside signer a new single-use, short-lived link to the amendment, in the
 * agreement's language (asked, reminded, or renewing an expired link); any earlier link of theirs
 * stops working.
 */
export async function mailAmendmentSigningLink(
  tx: Tx,
  step: OutsideSigner,
  options: { reminder?: boolean } = {},
): Promise<void> {
  const { agreement } = step.amendment;
  await mailOneTimeLink(tx, {
    email: step.signerEmail,
    name: step.signerName,
    language: agreement.language,
    letter: options.reminder ? "amendmentReminder" : "amendmentTurn",
    template: options.reminder ? "amendmentReminderLink" : "amendmentSigningLink",
    values: { student: agreement.student.user.name, enterprise: agreement.enterprise.name },
    path: (code) => `/sign/amendments/${code}`,
    keep: (code) => tx.agreementAmendmentStep.update({ where: { id: step.id }, data: code }),
  });
}

/**
 * Asks the party whose turn it is to sign an amendment, once (claimed by `askedAt` in the same
 * transaction as the messages): an account holder in the app and by e-mail, an outside signer by
 * an e-mailed single-use link, in the agreement's language.
 */
export async function askAmendmentSigner(stepId: string): Promise<{ asked: boolean }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.agreementAmendmentStep.updateMany({
      where: { id: stepId, askedAt: null, status: "PENDING", amendment: { status: "PROPOSED" } },
      data: { askedAt: new Date() },
    });
    if (claimed.count === 0) return { asked: false };
    const step = await tx.agreementAmendmentStep.findUniqueOrThrow({ where: { id: stepId }, select: stepSelect });
    const { agreement } = step.amendment;
    const values = { student: agreement.student.user.name, enterprise: agreement.enterprise.name };
    if (!step.signer) {
      if (!step.signerEmail) return { asked: false };
      await mailAmendmentSigningLink(tx, { ...step, signerEmail: step.signerEmail });
      return { asked: true };
    }
    await notifySignerAccount(tx, step.signer, {
      name: step.signerName,
      letter: "amendmentTurn",
      template: "amendmentTurn",
      values,
      link: `/agreements/${agreement.id}#amendments`,
      data: { agreementId: agreement.id, amendmentId: step.amendment.id, stepId },
    });
    return { asked: true };
  });
}

type AmendmentParties = Prisma.AgreementAmendmentGetPayload<{ select: typeof stepSelect.amendment.select }>;

/**
 * Tells the proposer and every signer of an amendment one piece of news, each in their language
 * (outside signers by e-mail, in the agreement's): the texts come from `agreements.emails.<letter>`.
 */
async function tellAmendmentParties(
  tx: Tx,
  amendment: AmendmentParties,
  letter: "amendmentRefused" | "amendmentSigned",
  valuesIn: (locale: string) => Record<string, string>,
): Promise<{ told: number }> {
  const { agreement } = amendment;
  const users = new Map<string, { id: string; email: string; locale: string }>();
  for (const u of [amendment.proposedBy, ...amendment.steps.map((s) => s.signer)]) if (u) users.set(u.id, u);
  const outsiders = new Set(amendment.steps.filter((s) => !s.signer && s.signerEmail).map((s) => s.signerEmail!));
  const link = `/agreements/${agreement.id}#amendments`;
  const email = (locale: string, withAction: boolean) => {
    const t = translator(locale, `agreements.emails.${letter}`);
    const values = valuesIn(locale);
    return {
      t,
      values,
      rendered: renderEmail({
        template: letter,
        subject: t("subject", values),
        greeting: translator(locale, "emails")("greeting"),
        paragraphs: [t("body", values)],
        ...(withAction && { action: { label: t("action"), url: `${env().APP_URL}${link}` } }),
        footer: translator(locale, "emails")("footer"),
      }),
    };
  };
  for (const user of users.values()) {
    const { t, values, rendered } = email(user.locale, true);
    await notifyUser(tx, user, {
      kind: "agreements",
      title: t("subject", values),
      body: t("body", values),
      link,
      data: { agreementId: agreement.id, amendmentId: amendment.id },
      email: rendered,
    });
  }
  for (const address of outsiders) await queueEmail(tx, address, email(agreement.language, false).rendered);
  return { told: users.size + outsiders.size };
}

/**
 * Tells the proposer and every signer of an amendment that a party refused it, and why; claimed
 * once by the refused step's `askedAt`.
 */
export async function tellAmendmentRefused(stepId: string): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.agreementAmendmentStep.updateMany({
      where: { id: stepId, status: "REFUSED", askedAt: null },
      data: { askedAt: new Date() },
    });
    if (claimed.count === 0) return { told: 0 };
    const step = await tx.agreementAmendmentStep.findUniqueOrThrow({ where: { id: stepId }, select: stepSelect });
    const { agreement } = step.amendment;
    return tellAmendmentParties(tx, step.amendment, "amendmentRefused", (locale) => ({
      student: agreement.student.user.name,
      enterprise: agreement.enterprise.name,
      party: translator(locale, "agreements.parties")(step.party),
      reason: step.refusalReason ?? "",
    }));
  });
}

/**
 * Tells the proposer and every signer that an amendment is signed by all and now applies; claimed
 * once by the amendment's `toldAt`.
 */
export async function tellAmendmentSigned(amendmentId: string): Promise<{ told: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.agreementAmendment.updateMany({
      where: { id: amendmentId, status: "APPROVED", toldAt: null },
      data: { toldAt: new Date() },
    });
    if (claimed.count === 0) return { told: 0 };
    const amendment = await tx.agreementAmendment.findUniqueOrThrow({
      where: { id: amendmentId },
      select: stepSelect.amendment.select,
    });
    const { agreement } = amendment;
    return tellAmendmentParties(tx, amendment, "amendmentSigned", () => ({
      student: agreement.student.user.name,
      enterprise: agreement.enterprise.name,
    }));
  });
}
